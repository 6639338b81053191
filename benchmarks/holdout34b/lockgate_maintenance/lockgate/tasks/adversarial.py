from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F


@dataclass
class State:
    model: Any
    optimizer: Any
    epoch: int = 0
    train_loss: float = 0.0
    valid_loss: float = 0.0


class AdvFinetuneTask:
    def __init__(self, state, eps=0.05, callbacks=()):
        self.state = state
        self.eps = eps
        self.callbacks = list(callbacks)

    def call(self, name):
        for cb in self.callbacks:
            fn = getattr(cb, name, None)
            if fn is not None:
                fn(self.state)

    def perturb(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = F.mse_loss(self.state.model(x), y)
        (g,) = torch.autograd.grad(loss, x)  # TM001-here
        return (x + self.eps * g.sign()).detach()

    def train_step(self, x, y):
        x_adv = self.perturb(x, y)
        loss = 0.5 * (F.mse_loss(self.state.model(x), y) + F.mse_loss(self.state.model(x_adv), y))
        self.state.optimizer.zero_grad()
        loss.backward()
        self.state.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def valid_step(self, x, y):
        return F.mse_loss(self.state.model(x), y).item()

    def fit(self, train_data, valid_data, epochs=1):
        self.call("on_fit_begin")
        for epoch in range(epochs):
            self.state.epoch = epoch
            losses = [self.train_step(x, y) for x, y in train_data]
            self.state.train_loss = sum(losses) / len(losses)
            vals = [self.valid_step(x, y) for x, y in valid_data]
            self.state.valid_loss = sum(vals) / len(vals)
            self.call("on_epoch_end")
