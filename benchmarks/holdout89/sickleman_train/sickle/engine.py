import logging

import torch
from torch import nn

log = logging.getLogger("sickle.engine")


class Trainer:
    def __init__(self, model, train_batches, val_batches, max_epochs=2, lr=1e-2,
                 num_sanity_val_steps=1):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.crit = nn.CrossEntropyLoss()
        self.history = []

    def _loss(self, batch):
        x, y = batch
        logits = self.model(x)
        return self.crit(logits.reshape(-1, logits.size(-1)), y.reshape(-1))

    @torch.no_grad()
    def validate(self, limit=None):
        self.model.eval()
        losses = []
        for i, batch in enumerate(self.val_batches):
            if limit is not None and i >= limit:
                break
            losses.append(self._loss(batch).item())
        return sum(losses) / max(len(losses), 1)

    def train_epoch(self):
        self.model.train()
        total = 0.0
        for batch in self.train_batches:
            self.opt.zero_grad()
            loss = self._loss(batch)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(self.train_batches)

    def fit(self):
        if self.num_sanity_val_steps:
            log.info("sanity check: %.3f", self.validate(limit=self.num_sanity_val_steps))
        for epoch in range(self.max_epochs):
            tr = self.train_epoch()
            va = self.validate()
            self.history.append((tr, va))
            log.info("epoch %d train %.3f val %.3f", epoch, tr, va)
        return self.history
