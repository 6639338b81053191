# expect: clean
"""Barge-horse towpath pace: one script, several architectures chosen by name."""
import argparse

import torch
from torch import nn


class CellTuner(nn.Module):
    """Hand-unrolled LSTMCell: no dropout, deterministic in either mode."""

    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


class SeqTuner(nn.Module):
    def __init__(self, n_in, hidden, dropout=0.0):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, dropout=dropout, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def build(arch, n_in=3, hidden=8):
    if arch == "cell":
        # no dropout anywhere: eval() is harmless and keeps inference paths identical
        model = CellTuner(n_in, hidden).eval()
    elif arch == "seq":
        model = SeqTuner(n_in, hidden, dropout=0.1)
    else:
        raise ValueError(arch)
    return model


def run(arch, steps=4):
    model = build(arch)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(steps):
        x = torch.randn(4, 6, 3)
        loss = nn.functional.mse_loss(model(x), x[:, :, :1].mean(1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--archs", nargs="+", default=["cell", "seq"])
    args = p.parse_args()
    torch.manual_seed(22)
    print({a: run(a) for a in args.archs})
