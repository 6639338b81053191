import logging

import torch
from torch import nn

log = logging.getLogger("saltboiler")


class Trainer:
    def __init__(self, model, train_batches, val_batches, epochs=2, lr=1e-2, sanity_steps=1):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.epochs = epochs
        self.sanity_steps = sanity_steps
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.crit = nn.MSELoss()
        self.history = []

    def validate(self, limit=None):
        self.model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for i, (x, y) in enumerate(self.val_batches):
                if limit is not None and i >= limit:
                    break
                total += self.crit(self.model(x), y).item()
                n += 1
        return total / max(n, 1)

    def _train_epoch(self):
        self.model.train()
        running = 0.0
        for x, y in self.train_batches:
            self.opt.zero_grad()
            loss = self.crit(self.model(x), y)
            loss.backward()
            self.opt.step()
            running += loss.item()
        return running / len(self.train_batches)

    def fit(self):
        self.model.train()
        if self.sanity_steps:
            log.info("sanity check: %.4f", self.validate(limit=self.sanity_steps))
        for epoch in range(self.epochs):
            tr = self._train_epoch()
            va = self.validate()
            self.history.append((tr, va))
            log.info("epoch %d train %.4f val %.4f", epoch, tr, va)
        return self.history
