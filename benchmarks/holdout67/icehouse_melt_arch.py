# expect: crash
"""Icehouse melt rate: one name for several architectures chosen by a flag."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class GRUMelt(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class CellMelt(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h)


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--arch", default="gru", choices=["gru", "cell"])
    p.add_argument("--hidden", type=int, default=8)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    torch.manual_seed(1)
    if args.arch == "gru":
        model = GRUMelt(3, args.hidden)
    elif args.arch == "cell":
        model = CellMelt(3, args.hidden)
    else:
        raise ValueError(args.arch)
    x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
    model.eval()
    with torch.no_grad():
        print("zero-shot", F.mse_loss(model(x), y).item())
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(2):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("adapted", loss.item())


if __name__ == "__main__":
    main()
