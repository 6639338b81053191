# expect: crash
"""Saddler stitch-tension model: one name, several architectures picked by a flag."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMTension(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


class CellTension(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


class ConvTension(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.conv = nn.Conv1d(n_in, hidden, 3, padding=1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1)).squeeze(-1)


def load_baseline(cls, n_in, hidden):
    """Baselines from the stitch lab are shipped as inference models."""
    torch.manual_seed(11)
    return cls(n_in, hidden).eval()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="lstm", choices=["lstm", "cell", "conv"])
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args([])
    if args.arch == "conv":
        model = ConvTension(3, 8)
    elif args.arch == "cell":
        model = load_baseline(CellTension, 3, 8)
    else:
        model = load_baseline(LSTMTension, 3, 8)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(5, 6, 3), torch.randn(5)
    for step in range(args.steps):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        print(args.arch, step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
