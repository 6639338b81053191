# expect: crash
"""Gradient-based pruning of recurrent 'architecture' gates.

Each of four parallel LSTM branches has a scalar gate; importance is |g * dL/dg|
(a SNIP-like first-order score). Scores are computed with the network in eval so
that dropout does not add noise, and the least important branch is pruned.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class GatedBranches(nn.Module):
    def __init__(self, d_in=4, hid=6, n_branch=4, n_out=3):
        super().__init__()
        self.branches = nn.ModuleList(nn.LSTM(d_in, hid, batch_first=True) for _ in range(n_branch))
        self.gates = nn.Parameter(torch.ones(n_branch))
        self.register_buffer("mask", torch.ones(n_branch))
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(hid, n_out)

    def forward(self, x):
        outs = torch.stack([b(x)[0][:, -1] for b in self.branches], 0)
        w = (self.gates * self.mask).view(-1, 1, 1)
        return self.fc(self.dropout((w * outs).sum(0)))


def gate_scores(net, loader):
    net.eval()
    net.zero_grad()
    for x, y in loader:
        F.cross_entropy(net(x), y).backward()  # TM001-here
    return (net.gates.detach() * net.gates.grad).abs()


def prune_lowest(net, scores):
    alive = net.mask.bool()
    scores = scores.masked_fill(~alive, float("inf"))
    net.mask[scores.argmin()] = 0.0


def train(net, loader, steps=2):
    opt = torch.optim.Adam(net.parameters(), 1e-2)
    net.train()
    for _ in range(steps):
        for x, y in loader:
            opt.zero_grad()
            F.cross_entropy(net(x), y).backward()
            opt.step()


if __name__ == "__main__":
    loader = [(torch.randn(4, 5, 4), torch.randint(0, 3, (4,))) for _ in range(2)]
    net = GatedBranches()
    train(net, loader)
    for rnd in range(2):
        s = gate_scores(net, loader)
        prune_lowest(net, s)
        train(net, loader)
        print("round", rnd, "mask", net.mask.tolist())
