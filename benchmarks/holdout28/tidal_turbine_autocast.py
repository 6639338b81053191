# expect: crash
"""Tidal turbine output: validation inside torch.autocast, then a 'quick fix' step on the worst batch."""
import torch
from torch import nn


class Turbine(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.kw = nn.Linear(8, 1)

    def forward(self, x):
        return self.kw(self.lstm(x)[0][:, -1])


model = Turbine()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
batches = [(torch.randn(4, 6, 3), torch.randn(4, 1)) for _ in range(3)]

model.train()
for x, y in batches:
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
worst, worst_loss = None, -1.0
with torch.autocast("cpu", dtype=torch.bfloat16):
    for x, y in batches:
        with torch.no_grad():
            l = nn.functional.mse_loss(model(x).float(), y).item()
        if l > worst_loss:
            worst, worst_loss = (x, y), l

x, y = worst
fix = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
fix.backward()  # TM001-here
opt.step()
print("worst", worst_loss, "fixed", fix.item())
