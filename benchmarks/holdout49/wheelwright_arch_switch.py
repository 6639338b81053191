# expect: crash
"""Wheelwright shop: predict spoke tension after shrinking the tyre. The
architecture is chosen by name; the model is scored, then fine-tuned on
the day's wheels."""
import argparse

import torch
from torch import nn


class SeqSpoke(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class CellSpoke(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


class MeanSpoke(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.out = nn.Sequential(nn.Linear(3, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.out(x.mean(1))


def build(arch):
    if arch == "seq":
        model = SeqSpoke()
    elif arch == "cell":
        model = CellSpoke()
    else:
        model = MeanSpoke()
    return model


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="seq", choices=["seq", "cell", "mean"])
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(6)
    model = build(args.arch)
    x, y = torch.randn(5, 8, 3), torch.randn(5, 1)
    model.eval()
    print("baseline", nn.functional.mse_loss(model(x), y).item())
    opt = torch.optim.Adam(model.parameters(), 5e-3)
    for _ in range(args.steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("tuned", loss.item())


if __name__ == "__main__":
    main()
