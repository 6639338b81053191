"""A small training loop whose validation schedule comes from a configuration object."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class LoopConfig:
    epochs: int = 2
    lr: float = 1e-2
    validate: str = "end_of_epoch"  # or "every_step", "never"


class Options:
    """The same settings as a plain class, the way older code bases keep them."""

    def __init__(self, epochs=2, lr=1e-2, validate="never"):
        self.epochs = epochs
        self.lr = lr
        self.validate = validate


class Loop:
    def __init__(self, model, cfg, data, val_data):
        self.model = model
        self.cfg = cfg
        self.data, self.val_data = data, val_data
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg.lr)
        self.history = []

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            self.history.append(sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in self.val_data))

    def training_step(self, model, x, y):
        loss = nn.functional.mse_loss(model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self):
        cfg = self.cfg
        for _ in range(cfg.epochs):
            self.model.train()
            for x, y in self.data:
                self.training_step(self.model, x, y)
                if cfg.validate == "every_step":
                    self.validate()
            if cfg.validate == "end_of_epoch":
                self.validate()
        return self.history
