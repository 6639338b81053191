# expect: clean
"""Change ringing: predict which bell strikes next in a method (Plain Bob,
Grandsire, ...) from the previous rows. The architecture is picked by name;
a quick calibration pass measures the untrained striking error first."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

N_BELLS = 6


class StackedRinger(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(N_BELLS, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, N_BELLS)

    def forward(self, rows):
        h, _ = self.rnn(rows)
        return self.out(h[:, -1])


class CellRinger(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(N_BELLS, hidden)
        self.out = nn.Linear(hidden, N_BELLS)

    def forward(self, rows):
        h = rows.new_zeros(rows.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(rows.size(1)):
            h, c = self.cell(rows[:, t], (h, c))
        return self.out(h)


def calibrate(net, rows, nxt):
    net.eval()
    with torch.no_grad():
        return F.cross_entropy(net(rows), nxt).item()


def touches(n):
    g = torch.Generator().manual_seed(8)
    return [(F.one_hot(torch.randint(0, N_BELLS, (4, 9), generator=g), N_BELLS).float(),
             torch.randint(0, N_BELLS, (4,), generator=g)) for _ in range(n)]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["stacked", "cell"])
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args(argv)

    if args.arch == "stacked":
        net = StackedRinger()
    elif args.arch == "cell":
        net = CellRinger()
    else:
        raise ValueError(args.arch)

    data = touches(4)
    print("untrained striking error:", round(calibrate(net, *data[0]), 3))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for epoch in range(args.epochs):
        for rows, nxt in data:
            opt.zero_grad()
            loss = F.cross_entropy(net(rows), nxt)
            loss.backward()
            opt.step()
        print(f"epoch {epoch}: {loss.item():.3f}")


if __name__ == "__main__":
    main()
