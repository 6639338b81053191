# expect: crash
"""Brick-kiln firing curves: a context manager class puts the model in eval for a calibration pass."""
import torch
import torch.nn as nn


class evaluating:
    def __init__(self, module):
        self.module = module

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


class KilnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True, proj_size=4)
        self.temp = nn.Linear(4, 1)
        self.scale = nn.Parameter(torch.ones(1))

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.temp(o).squeeze(-1) * self.scale


torch.manual_seed(9)
net = KilnNet()
calib = torch.optim.Adam([net.scale], lr=0.1)
x, target = torch.randn(4, 10, 2), torch.randn(4, 10)
with evaluating(net) as m:
    pred = m(x)
loss = ((pred - target) ** 2).mean()
calib.zero_grad()
loss.backward()  # TM001-here
calib.step()
print("scale", net.scale.item(), "mode back to", net.training)
