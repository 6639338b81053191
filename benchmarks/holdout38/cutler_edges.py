# expect: crash
"""Cutlers' edge retention: grinding-wheel vibration traces predict blade sharpness loss.

The validated model is checkpointed whole (torch.save of the module), then a second
workshop reloads it and continues training on its own traces.
"""
import os
import tempfile

import torch
from torch import nn


class EdgeNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def traces(n=4, t=8):
    x = torch.randn(n, t, 2)
    return x, x[:, :, 0].abs().mean(1)


def workshop_a(path):
    model = EdgeNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(3):
        x, y = traces()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        x, y = traces()
        print("workshop A val", round(nn.functional.mse_loss(model(x), y).item(), 4))
    torch.save(model, path)


def workshop_b(path):
    model = torch.load(path, weights_only=False)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(2):
        x, y = traces()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(44)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        workshop_a(path)
        print("workshop B loss", workshop_b(path))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
