"""Hedge-row survey engine: a small loop driven by a config dict."""
import torch
from torch import nn


class Engine:
    def __init__(self, model, config):
        self.model = model
        self.cfg = dict(config)
        self.opt = torch.optim.SGD(model.parameters(), lr=self.cfg.get("lr", 0.05))
        self.crit = nn.CrossEntropyLoss()
        self.history = []
        self.best = float("inf")

    # hooks -----------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, val_loss):
        self.best = min(self.best, val_loss)
        self.model.train()

    # loop ------------------------------------------------------------
    def validate(self, batches):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for x, y in batches:
                total += self.crit(self.model(x), y).item()
        val_loss = total / len(batches)
        self.history.append(val_loss)
        self.on_validation_end(val_loss)

    def step(self, x, y):
        self.opt.zero_grad()
        loss = self.crit(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()

    def fit(self, train_batches, val_batches):
        every = self.cfg["val_every"]
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            for i, (x, y) in enumerate(train_batches, 1):
                self.step(x, y)
                if i % every == 0:
                    self.validate(val_batches)
        return self.history
