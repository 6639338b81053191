# expect: crash
"""A small hyper-parameter search keeps `(score, params, model)` per trial in a dict; the best model
(scored in eval mode) is fine-tuned further without being put back in training mode."""
import itertools

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def trials(space, limit):
    grid = list(itertools.product(*space.values()))
    return [dict(zip(space.keys(), combo)) for combo in grid[:limit]]


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def run_trial(params, x, y):
    model = Forecaster(params["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=params["lr"])
    model.train()
    for _ in range(2):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    return validate(model, x, y), model


def main():
    torch.manual_seed(0)
    x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
    runs = {}
    for params in trials({"hidden": [4, 6], "lr": [1e-2]}, 2):
        score, model = run_trial(params, x, y)
        runs[len(runs)] = (score, params, model)
    best = min(runs.values(), key=lambda run: run[0])[2]
    opt = torch.optim.SGD(best.parameters(), lr=1e-3)
    loss = nn.functional.mse_loss(best(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("fine-tuned", round(loss.item(), 4))


if __name__ == "__main__":
    main()
