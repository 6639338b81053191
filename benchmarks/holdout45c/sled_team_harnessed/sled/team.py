from types import SimpleNamespace

import torch
from torch import nn


class Musher:
    def __init__(self, dogs, lr=1e-3):
        self.team = SimpleNamespace(dogs=dict(dogs), resting=set())
        self.opts = {k: torch.optim.Adam(m.parameters(), lr=lr) for k, m in dogs.items()}
        self.loss_fn = nn.MSELoss()

    def harness(self):
        for dog in self.team.dogs.values():
            dog.train()

    def rest(self, position):
        self.team.resting.add(position)
        self.team.dogs[position].eval()

    def run_leg(self, x, y):
        losses = {}
        for position, dog in self.team.dogs.items():
            opt = self.opts[position]
            opt.zero_grad()
            loss = self.loss_fn(dog(x), y)
            loss.backward()
            opt.step()
            losses[position] = loss.item()
        return losses
