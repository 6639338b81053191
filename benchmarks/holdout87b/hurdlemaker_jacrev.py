# expect: crash
"""Hurdle maker: sensitivity of a wattle-strength LSTM to each input time step via torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(10)


class WattleLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


model = WattleLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(5, 7, 3), torch.randn(5)
for _ in range(3):
    loss = (model(x) - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

model.train()  # keep the same numerics as training
probe = torch.randn(1, 7, 3)
J = jacrev(lambda inp: model(inp).sum())(probe)  # TM002-here
print("most influential step:", int(J.abs().sum(-1).argmax()))
