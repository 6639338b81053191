# expect: clean
"""Grocer shelf-restock forecaster: a GRU over daily sales, validated with a budget."""
import argparse
from contextlib import contextmanager

import torch
from torch import nn


class RestockGRU(nn.Module):
    def __init__(self, n_items=5, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_items, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_items)

    def forward(self, sales):
        h, _ = self.gru(sales)
        return self.head(h[:, -1])


class ValidationBudgetSpent(Exception):
    pass


@contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()


def validate(model, batches, max_batches):
    total = 0.0
    with evaluating(model), torch.no_grad():
        for i, (x, y) in enumerate(batches):
            if i == max_batches:
                raise ValidationBudgetSpent(total / max(i, 1))
            total += nn.functional.mse_loss(model(x), y).item()
    return total / len(batches)


def make_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(4, 7, 5, generator=g), torch.rand(4, 5, generator=g)) for _ in range(n)]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--val-budget", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(1)
    model = RestockGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train, val = make_batches(3, 0), make_batches(4, 1)
    model.train()
    for epoch in range(args.epochs):
        for x, y in train:
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        try:
            score = validate(model, val, args.val_budget)
        except ValidationBudgetSpent as stop:
            score = stop.args[0]
        print(f"epoch {epoch} val mse {score:.4f}")


if __name__ == "__main__":
    main([])
