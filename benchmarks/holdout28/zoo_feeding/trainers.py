from typing import Protocol

import torch
from torch import nn


class Trainer(Protocol):
    def step(self, model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float: ...


class SimpleTrainer:
    def __init__(self, lr):
        self.lr = lr
        self.opt = None

    def step(self, model, x, y):
        if self.opt is None:
            self.opt = torch.optim.SGD(model.parameters(), lr=self.lr)
        loss = nn.functional.mse_loss(model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def run(trainer: Trainer, model, x, y, epochs):
    return [trainer.step(model, x, y) for _ in range(epochs)]
