# expect: crash
"""Cobbler: which steps of a gait recording drive the shoe-last size prediction (gradient x input)."""
import argparse

import torch
from torch import nn


class SeqLastNet(nn.Module):
    def __init__(self, features=4, hidden=8, sizes=5):
        super().__init__()
        self.rnn = nn.LSTM(features, hidden, batch_first=True)
        self.out = nn.Linear(hidden, sizes)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.out(out[:, -1])


class CellLastNet(nn.Module):
    def __init__(self, features=4, hidden=8, sizes=5):
        super().__init__()
        self.cell = nn.LSTMCell(features, hidden)
        self.out = nn.Linear(hidden, sizes)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


def build(arch):
    if arch == "seq":
        net = SeqLastNet()
    elif arch == "cell":
        net = CellLastNet()
    else:
        raise ValueError(arch)
    return net


def fit(net, x, y, steps=3):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    net.train()
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.cross_entropy(net(x), y).backward()
        opt.step()


def relevance(net, x):
    net.eval()
    x = x.clone().requires_grad_(True)
    logits = net(x)
    logits.gather(1, logits.argmax(1, keepdim=True)).sum().backward()  # TM001-here
    return (x.grad * x).sum(-1).detach()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="seq", choices=["seq", "cell"])
    args = ap.parse_args([])
    torch.manual_seed(13)
    x, y = torch.randn(6, 8, 4), torch.randint(0, 5, (6,))
    net = build(args.arch)
    fit(net, x, y)
    print("relevance per step", relevance(net, x[:2]).round(decimals=3).tolist())


if __name__ == "__main__":
    main()
