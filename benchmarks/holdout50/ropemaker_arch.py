# expect: crash
"""Ropemaker's break predictor: tension along a laid rope (sampled every few cm
while it is twisted) -> breaking load.  Several architectures share one name,
``model``; the head bias is initialised from the data before training."""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("ropemaker")


class TwistLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


class TwistCell(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h).squeeze(-1)


class TwistConv(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.conv = nn.Conv1d(n_in, hidden, kernel_size=3, padding=1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(F.relu(self.conv(x.transpose(1, 2))).amax(-1)).squeeze(-1)


def ropes(n, steps=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, steps, 2, generator=g)
    y = 5.0 - 3.0 * x[..., 0].max(1).values + x[..., 1].mean(1)
    return x, y


@torch.no_grad()
def init_head_bias(model, x, y):
    """Data-dependent init: shift the head so the first predictions match the mean load."""
    model.eval()
    offset = (y - model(x)).mean()
    model.head.bias.add_(offset)
    return offset.item()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="lstm", choices=["lstm", "cell", "conv"])
    ap.add_argument("--hidden", type=int, default=10)
    ap.add_argument("--epochs", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(5)

    if args.arch == "lstm":
        model = TwistLSTM(2, args.hidden)
    elif args.arch == "cell":
        model = TwistCell(2, args.hidden)
    elif args.arch == "conv":
        model = TwistConv(2, args.hidden)
    else:
        raise ValueError(args.arch)

    x, y = ropes(16, seed=1)
    print("bias shift", round(init_head_bias(model, x, y), 4))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(args.epochs):
        perm = torch.randperm(len(y))
        total = 0.0
        for i in range(0, len(y), 4):
            idx = perm[i:i + 4]
            loss = F.mse_loss(model(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            total += loss.item()
        log.info("epoch %d loss %.4f", epoch, total / 4)
    print(args.arch, "final loss", round(total / 4, 4))


if __name__ == "__main__":
    main()
