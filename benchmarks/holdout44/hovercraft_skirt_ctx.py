# expect: crash
"""Hovercraft skirt wear: LSTM classifier of skirt-pressure traces, with a validation budget.

Validation runs inside an `evaluating()` context manager; a budget exception ends it early.
"""
import time
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = dict(channels=4, hidden=10, classes=3, batch=5, steps=9, epochs=3, lr=4e-3, val_budget_s=0.0)


class ValidationBudgetExceeded(Exception):
    pass


class SkirtNet(nn.Module):
    def __init__(self, channels, hidden, classes):
        super().__init__()
        self.norm = nn.LayerNorm(channels)
        self.lstm = nn.LSTM(channels, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        h, _ = self.lstm(self.norm(x))
        return self.cls(h.max(1).values)


@contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def make_batches(n, s):
    return [(torch.randn(s["batch"], s["steps"], s["channels"]), torch.randint(0, s["classes"], (s["batch"],)))
            for _ in range(n)]


def validate(model, batches, budget_s):
    start = time.perf_counter()
    correct = total = 0
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(-1) == y).sum().item()
            total += y.numel()
            if time.perf_counter() - start >= budget_s:
                raise ValidationBudgetExceeded(correct / max(total, 1))
    return correct / max(total, 1)


def main(s=SETTINGS):
    torch.manual_seed(4)
    model = SkirtNet(s["channels"], s["hidden"], s["classes"])
    opt = torch.optim.Adam(model.parameters(), lr=s["lr"])
    train_batches, val_batches = make_batches(3, s), make_batches(2, s)
    model.train()
    for epoch in range(s["epochs"]):
        for x, y in train_batches[:1]:
            warm = F.cross_entropy(model(x), y)
            opt.zero_grad()
            warm.backward()
            opt.step()
        try:
            acc = validate(model, val_batches, s["val_budget_s"])
        except ValidationBudgetExceeded as partial:
            acc = partial.args[0]
        loss = train_rest(model, opt, train_batches[1:])
        print(f"epoch {epoch} loss {loss:.4f} acc {acc:.2f}")


def train_rest(model, opt, batches):
    last = 0.0
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        last = loss.item()
    return last


if __name__ == "__main__":
    main()
