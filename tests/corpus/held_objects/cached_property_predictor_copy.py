# expect: clean
"""cached_property_predictor with an inference view that is a copy: `copy.deepcopy(self.model).eval()`
leaves the model the training loop uses in training mode."""
import copy
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


class StationGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


class Experiment:
    @functools.cached_property
    def model(self):
        return StationGRU()

    @functools.cached_property
    def predictor(self):
        return copy.deepcopy(self.model).eval()

    @functools.cached_property
    def optimizer(self):
        return torch.optim.Adam(self.model.parameters(), lr=1e-3)


def train_some(exp, steps=2):
    for _ in range(steps):
        loss = F.mse_loss(exp.model(torch.randn(4, 6, 5)), torch.randn(4))
        exp.optimizer.zero_grad()
        loss.backward()
        exp.optimizer.step()


@torch.no_grad()
def dashboard(exp):
    return exp.predictor(torch.randn(1, 6, 5)).item()


torch.manual_seed(0)
exp = Experiment()
exp.model.train()
print("preview", dashboard(exp))
train_some(exp)
