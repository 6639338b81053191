from collections import defaultdict

import torch
from torch import nn


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.hooks = defaultdict(list)
        self.opt = torch.optim.RMSprop(model.parameters(), lr=cfg["lr"])

    def add_hook(self, event, fn):
        self.hooks[event].append(fn)

    def sample(self):
        x = torch.randn(self.cfg["batch"], self.cfg["steps"], self.cfg["gauges"])
        return x, x.sum((1, 2))

    def fit(self):
        self.model.train()
        for epoch in range(self.cfg["epochs"]):
            for _ in range(3):
                x, y = self.sample()
                loss = nn.functional.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            for fn in self.hooks["epoch_end"]:
                fn(self, epoch)
