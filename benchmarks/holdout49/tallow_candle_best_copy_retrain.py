# expect: clean
"""Tallow chandlery: forecast wick burn rate from a dip-temperature trace.
Early stopping keeps a deep copy of the best model, then polishes it."""
import copy

import torch
from torch import nn

CONFIG = {"epochs": 3, "lr": 1e-2, "polish_steps": 2, "hidden": 8}


class BurnRate(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in data) / len(data)


def train_epoch(model, opt, data):
    model.train()
    for x, y in data:
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()


def polish(model, data, steps, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
    return model


def main():
    torch.manual_seed(5)
    train = [(torch.randn(4, 6, 2), torch.randn(4, 1)) for _ in range(3)]
    val = [(torch.randn(4, 6, 2), torch.randn(4, 1)) for _ in range(2)]
    model = BurnRate(CONFIG["hidden"])
    opt = torch.optim.Adam(model.parameters(), CONFIG["lr"])
    best, best_score = None, float("inf")
    for epoch in range(CONFIG["epochs"]):
        train_epoch(model, opt, train)
        score = evaluate(model, val)
        if score < best_score:
            best, best_score = copy.deepcopy(model), score
    best = polish(best.train(), train, CONFIG["polish_steps"], CONFIG["lr"] / 10)
    print("best val", round(best_score, 4), "after polish", round(evaluate(best, val), 4))


if __name__ == "__main__":
    main()
