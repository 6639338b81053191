# expect: clean
"""Drovers' roads: predict whether a herd reaches the next stance by nightfall from GPS collar traces.

Online hard-example mining: rank the batch in eval mode without gradients, then re-run the chosen
examples through the model in train mode and step on those.
"""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class HerdTracker(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(self.drop(h[-1]))


@torch.no_grad()
def rank_hardest(model, x, y, k):
    model.eval()
    losses = F.cross_entropy(model(x), y, reduction="none")
    return losses.topk(k).indices


def step(model, opt, x, y, k):
    idx = rank_hardest(model, x, y, k)
    model.train()
    opt.zero_grad()
    loss = F.cross_entropy(model(x[idx]), y[idx])
    loss.backward()
    opt.step()
    return loss.item()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iters", type=int, default=5)
    p.add_argument("--k", type=int, default=3)
    args = p.parse_args()
    torch.manual_seed(1)
    model = HerdTracker()
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for it in range(args.iters):
        x = torch.randn(6, 9, 4)
        y = torch.randint(0, 2, (6,))
        print(f"iter {it} hard-loss {step(model, opt, x, y, args.k):.4f}")


if __name__ == "__main__":
    main()
