# expect: crash
"""Ferrier: river-crossing times from current-meter sequences."""
import torch
from torch import nn

from steps import check, update


class CrossingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, num_layers=2, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        z, _ = self.gru(x)
        return self.out(z[:, -1])


if __name__ == "__main__":
    torch.manual_seed(12)
    model = CrossingNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    xv, yv = torch.randn(3, 5, 2), torch.randn(3, 1)
    for epoch in range(2):
        tr = update(model, opt, torch.randn(3, 5, 2), torch.randn(3, 1))
        va = check(model, xv, yv)
        print(epoch, round(tr, 4), round(va, 4))
