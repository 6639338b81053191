import collections

import torch
from torch import nn

from .modes import evaluating


class RouteTrainer:
    def __init__(self, model, lr=1e-3, eval_every=5):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.eval_every = eval_every
        self.loss_fn = nn.SmoothL1Loss()
        self.history = collections.defaultdict(list)
        self.global_step = 0

    def validate(self, batches):
        total = 0.0
        with evaluating(self.model) as m:
            for lamps, minutes in batches:
                total += self.loss_fn(m(lamps), minutes).item()
        return total / len(batches)

    def train_step(self, lamps, minutes):
        loss = self.loss_fn(self.model(lamps), minutes)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs=1):
        self.model.train()
        for _ in range(epochs):
            for lamps, minutes in batches:
                self.history["train"].append(self.train_step(lamps, minutes))
                self.global_step += 1
                if self.global_step % self.eval_every == 0:
                    self.history["val"].append(self.validate(batches[-1:]))
        return self.history
