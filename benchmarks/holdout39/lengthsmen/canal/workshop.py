from types import SimpleNamespace

import torch

from .sampling import LangevinSampler


class Workshop:
    def __init__(self, model):
        self.model = model
        self.tools = SimpleNamespace(sampler=LangevinSampler(model), opt=torch.optim.Adam(model.parameters(), lr=1e-3))

    def train_energy(self, steps=1):
        self.model.train()
        for _ in range(steps):
            real = torch.cumsum(torch.randn(4, 5, 1) * 0.1, dim=1)
            fake = torch.randn(4, 5, 1)
            loss = self.model(real).mean() - self.model(fake).mean()
            self.tools.opt.zero_grad()
            loss.backward()
            self.tools.opt.step()
