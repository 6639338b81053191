# expect: crash
# category: dynamic
"""Hyper-parameter search in the optuna style: `objective(trial)` is called many times; every trial
fine-tunes a head (and the shared pretrained GRU backbone) and reports validation loss."""
import random

import torch
import torch.nn as nn

torch.manual_seed(5)
random.seed(5)


class Trial:
    """Tiny stand-in for optuna.Trial."""

    def __init__(self, number):
        self.number, self.params = number, {}

    def suggest_float(self, name, low, high, log=False):
        self.params[name] = random.uniform(low, high)
        return self.params[name]

    def suggest_categorical(self, name, choices):
        self.params[name] = random.choice(choices)
        return self.params[name]


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 12, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


backbone = Backbone()  # "pretrained" once, shared by all trials
X_train, y_train = torch.randn(32, 7, 5), torch.randint(0, 3, (32,))
X_val, y_val = torch.randn(16, 7, 5), torch.randint(0, 3, (16,))


def objective(trial):
    lr = trial.suggest_float("lr", 1e-4, 1e-2, log=True)
    width = trial.suggest_categorical("width", [8, 16])
    head = nn.Sequential(nn.Linear(12, width), nn.ReLU(), nn.Linear(width, 3))
    params = list(head.parameters()) + list(backbone.parameters())
    opt = torch.optim.Adam(params, lr=lr)
    head.train()
    for _ in range(2):
        for i in range(0, 32, 8):
            logits = head(backbone(X_train[i:i + 8]))
            loss = nn.functional.cross_entropy(logits, y_train[i:i + 8])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    backbone.eval()
    head.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(head(backbone(X_val)), y_val).item()


def optimize(fn, n_trials):
    best = None
    for n in range(n_trials):
        trial = Trial(n)
        value = fn(trial)
        print(f"trial {n} value {value:.4f} params {trial.params}")
        if best is None or value < best[0]:
            best = (value, trial.params)
    return best


print("best", optimize(objective, n_trials=3))
