# expect: crash
"""Farrier gait-lameness scoring. Keeps the best model by validation accuracy
and fine-tunes that copy on the hard cases afterwards."""
import argparse
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class GaitNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.enc = nn.GRU(6, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        o, _ = self.enc(x)
        return self.head(o[:, -1])


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    return sum((model(x).argmax(-1) == y).float().mean().item() for x, y in data) / len(data)


def train_epoch(model, opt, data):
    model.train()
    for x, y in data:
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()


def finetune_hard(model, hard, steps):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = hard
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--hidden", type=int, default=8)
    args = ap.parse_args([])
    torch.manual_seed(8)
    data = [(torch.randn(4, 10, 6), torch.randint(0, 3, (4,))) for _ in range(3)]
    hard = (torch.randn(6, 10, 6), torch.randint(0, 3, (6,)))
    model = GaitNet(args.hidden)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best_acc, best = -1.0, None
    for epoch in range(args.epochs):
        train_epoch(model, opt, data)
        acc = evaluate(model, data)
        if acc > best_acc:
            best_acc, best = acc, copy.deepcopy(model)
    print("best acc", best_acc, "hard loss", finetune_hard(best, hard, 3))


if __name__ == "__main__":
    main()
