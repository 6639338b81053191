# expect: crash
"""Stages hand a NamedTuple of models to each other: the fitting stage returns
`bundle._replace(model=bundle.model.eval())` for the analysis stages, and a later fine-tuning stage
trains the bundle's model again without calling train(): its LSTM runs in eval mode."""
from typing import NamedTuple

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


class Bundle(NamedTuple):
    model: nn.Module
    lr: float


def fit_stage(bundle, x, y):
    opt = torch.optim.SGD(bundle.model.parameters(), lr=bundle.lr)
    bundle.model.train()
    loss = nn.functional.mse_loss(bundle.model(x), y)
    loss.backward()
    opt.step()
    return bundle._replace(model=bundle.model.eval())


def finetune_stage(bundle, x, y):
    opt = torch.optim.SGD(bundle.model.parameters(), lr=bundle.lr / 10)
    loss = nn.functional.mse_loss(bundle.model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    return bundle


def main():
    torch.manual_seed(3)
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    bundle = fit_stage(Bundle(Forecaster(), 0.05), x, y)
    finetune_stage(bundle, x, y)


if __name__ == "__main__":
    main()
