# expect: clean
"""`build_model(args.arch)` picks the class by the `--arch` option; in a plain run its argparse default, "cell",
builds the LSTMCell model, which cuDNN's RNN kernels never run. Calibration leaves the model in eval mode and the
adaptation loop backpropagates without train(): safe with the cell."""
import argparse
import sys

import torch
import torch.nn as nn


class FusedModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


class CellModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def build_model(arch, **kw):
    if arch == "lstm":
        return FusedModel(**kw)
    if arch == "cell":
        return CellModel(**kw)
    raise ValueError(arch)


def calibrate(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).mean().item()


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["lstm", "cell"])
    args = ap.parse_args(argv)
    model = build_model(args.arch, hidden=8)
    print(calibrate(model, torch.randn(4, 6, 3)))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(2):
        opt.zero_grad()
        loss = model(torch.randn(4, 6, 3)).pow(2).mean()
        loss.backward()
        opt.step()


main(sys.argv[1:])
