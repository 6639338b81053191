# expect: clean
"""Evaluation every other epoch, followed by train() on the same branch."""
import torch
import torch.nn as nn


class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 8, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
model = Seq()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(4):
    x, y = torch.randn(8, 6, 2), torch.randn(8, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 2 == 0:
        model.eval()
        with torch.no_grad():
            print("val", model(torch.randn(2, 6, 2)).squeeze(-1).tolist())
        model.train()
