import logging

import torch
from torch import nn

log = logging.getLogger("oxherd.engine")


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr
        self.history = []

    def _loss(self, model, batch):
        x, y = batch
        logits = model(x)
        return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))

    def validate(self, model, loader, limit=None):
        model.eval()
        total = 0.0
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                total += self._loss(model, batch).item()
        return total

    def fit(self, model, train_loader, val_loader):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        model.train()
        if self.num_sanity_val_steps:
            log.info("sanity check: %.3f", self.validate(model, val_loader, self.num_sanity_val_steps))
        for epoch in range(self.max_epochs):
            for batch in train_loader:
                opt.zero_grad()
                loss = self._loss(model, batch)
                loss.backward()  # TM001-here
                opt.step()
            val = self.validate(model, val_loader)
            self.history.append(val)
            log.info("epoch %d val %.3f", epoch, val)
        return self.history
