# expect: crash
"""A small hyper-parameter search keeps each trial's best copy in a dict keyed by the trial number; the
copy was taken right after validation (eval mode), and the winner is refitted without train()."""
import copy

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def fit_epoch(model, opt):
    loss = (model(torch.randn(4, 6, 2)) - 1).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


def validate(model):
    model.eval()
    with torch.no_grad():
        return (model(torch.randn(4, 6, 2)) - 1).pow(2).mean().item()


def run_trial(hidden):
    model = Forecaster(hidden)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    best, best_model = float("inf"), None
    for _ in range(2):
        model.train()
        fit_epoch(model, opt)
        score = validate(model)
        if score < best:
            best, best_model = score, copy.deepcopy(model)
    return best, best_model


def main():
    trials = {}
    for trial, hidden in enumerate((4, 8)):
        score, model = run_trial(hidden)
        trials[trial] = (score, model)
    winner = min(trials.values(), key=lambda t: t[0])[1]
    fit_epoch(winner, torch.optim.SGD(winner.parameters(), lr=0.01))


torch.manual_seed(0)
main()
