# expect: crash
"""Glazier: kiln-temperature curve -> annealing defect. One name, several architectures."""
import argparse

import torch
from torch import nn


class RecurrentAnnealer(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.gru = nn.GRU(2, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        z, _ = self.gru(x)
        return self.out(z[:, -1])


class CellAnnealer(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.cell = nn.GRUCell(2, h)
        self.out = nn.Linear(h, 1)
        self.h = h

    def forward(self, x):
        s = x.new_zeros(x.size(0), self.h)
        for t in range(x.size(1)):
            s = self.cell(x[:, t], s)
        return self.out(s)


class ConvAnnealer(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.conv = nn.Conv1d(2, h, 3, padding=1)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).mean(-1))


def build(arch):
    if arch == "cell":
        model = CellAnnealer()
    elif arch == "conv":
        model = ConvAnnealer()
    elif arch == "gru":
        model = RecurrentAnnealer()
    else:
        raise ValueError(arch)
    return model


def calibrate(model, steps=3):
    """Fit the output bias/scale on a held-out curve, keeping the body deterministic."""
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(steps):
        x, y = torch.randn(3, 10, 2), torch.randn(3, 1)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--arch", default="gru", choices=["gru", "cell", "conv"])
    args = p.parse_args()
    torch.manual_seed(6)
    print(args.arch, round(calibrate(build(args.arch)), 4))
