"""Turf-cutting moisture model, training helpers and early stopping."""
import copy

import torch
import torch.nn as nn


class MoistureGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def train_epoch(model, opt, batches):
    """One pass over the batches. Assumes the caller has set the mode."""
    for xb, yb in batches:
        loss = ((model(xb) - yb) ** 2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(((model(xb) - yb) ** 2).mean().item() for xb, yb in batches) / len(batches)


class EarlyStopping:
    """Keeps the best state dict; `restore` loads it back into the model."""

    def __init__(self, patience=2):
        self.patience = patience
        self.best = float('inf')
        self.best_state = None
        self.bad = 0

    def __call__(self, model, metric):
        if metric < self.best:
            self.best, self.bad = metric, 0
            self.best_state = copy.deepcopy(model.state_dict())
        else:
            self.bad += 1
        return self.bad >= self.patience

    def restore(self, model):
        model.load_state_dict(self.best_state)
        return model
