# expect: clean
"""Barometer-maker: pressure-tendency forecaster; a decorator keeps the best snapshot, which is then fine-tuned."""
import copy
import functools

import torch
from torch import nn

BEST = {"score": float("inf"), "model": None}


def keep_best(fn):
    @functools.wraps(fn)
    def wrapper(model, data):
        model.eval()
        with torch.no_grad():
            score = fn(model, data)
        model.train()
        if score < BEST["score"]:
            BEST["score"] = score
            BEST["model"] = copy.deepcopy(model)
        return score

    return wrapper


class Tendency(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


@keep_best
def evaluate(model, data):
    return sum(nn.functional.cross_entropy(model(x), y).item() for x, y in data) / len(data)


def fit(model, data, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for x, y in data:
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


def make(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 10, 2, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(11)
    model = Tendency()
    model.train()
    for epoch in range(2):
        fit(model, make(2, epoch), 1, 1e-3)
        print("val", round(evaluate(model, make(1, 99)), 4))
    # fine-tune the best snapshot on the local station's data
    print("local", round(fit(BEST["model"], make(2, 7), 1, 1e-4), 4))


if __name__ == "__main__":
    main()
