# expect: crash
"""Malting-floor germination scoring; the recurrent core is picked by name."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqCore(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0][:, -1]


class CellCore(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.hidden = hidden

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return h


class GerminationNet(nn.Module):
    def __init__(self, core, hidden=8):
        super().__init__()
        self.core = core
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.out(self.core(x))


def build(arch, n_in=5, hidden=8):
    if arch == "lstm":
        core = SeqCore(n_in, hidden)
    elif arch == "lstmcell":
        core = CellCore(n_in, hidden)
    else:
        raise ValueError(arch)
    return GerminationNet(core, hidden)


@torch.no_grad()
def baseline_accuracy(model, x, y):
    model.eval()
    return (model(x).argmax(-1) == y).float().mean().item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="lstm", choices=["lstm", "lstmcell"])
    args = ap.parse_args()
    torch.manual_seed(12)
    x, y = torch.randn(6, 4, 5), torch.randint(0, 4, (6,))
    model = build(args.arch)
    print("untrained acc", baseline_accuracy(model, x, y))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("acc", baseline_accuracy(model, x, y))


if __name__ == "__main__":
    main()
