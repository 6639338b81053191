import logging

import torch
from torch import nn

log = logging.getLogger("fishwife")


class Trainer:
    def __init__(self, model, lr=1e-2, max_epochs=2, num_sanity_val_steps=1):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.crit = nn.CrossEntropyLoss()
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    @torch.no_grad()
    def evaluate(self, batches):
        self.model.eval()
        total = 0.0
        for x, y in batches:
            total += self.crit(self.model(x), y).item()
        return total / max(len(batches), 1)

    def _sanity_check(self, val):
        if self.num_sanity_val_steps:
            log.info("sanity val loss %.3f", self.evaluate(val[: self.num_sanity_val_steps]))

    def _train_epoch(self, train):
        self.model.train()
        for x, y in train:
            self.opt.zero_grad()
            loss = self.crit(self.model(x), y)
            loss.backward()
            self.opt.step()

    def fit(self, train, val):
        self._sanity_check(val)
        for epoch in range(self.max_epochs):
            self._train_epoch(train)
            self.history.append(self.evaluate(val))
        return self.history
