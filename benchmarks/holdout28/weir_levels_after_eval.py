# expect: clean
"""Weir levels: the forward runs in train mode; eval() is called before backward (harmless)."""
import torch
from torch import nn


class Weir(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


model = Weir()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(6, 9, 2), torch.randn(6, 1)
for epoch in range(3):
    model.train()
    pred = model(x)
    loss = nn.functional.mse_loss(pred, y)
    model.eval()                 # switch early so the logging forward below is deterministic
    with torch.no_grad():
        shown = model(x[:2]).squeeze(-1).tolist()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item(), shown)
