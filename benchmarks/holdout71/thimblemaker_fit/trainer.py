import logging

import torch
from torch import nn

log = logging.getLogger("thimble.trainer")


class Trainer:
    def __init__(self, model, max_epochs=2, sanity_batches=1, lr=1e-2):
        self.model = model
        self.max_epochs = max_epochs
        self.sanity_batches = sanity_batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.crit = nn.CrossEntropyLoss()
        self.history = []

    @torch.no_grad()
    def _sanity_check(self, loader):
        self.model.eval()
        for i, (x, y) in enumerate(loader):
            if i >= self.sanity_batches:
                break
            log.info("sanity loss %.3f", self.crit(self.model(x), y).item())

    def _train_epoch(self, loader):
        total = 0.0
        for x, y in loader:
            self.opt.zero_grad()
            loss = self.crit(self.model(x), y)
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total / len(loader)

    def fit(self, train_loader, val_loader):
        self._sanity_check(val_loader)
        for epoch in range(self.max_epochs):
            self.history.append(self._train_epoch(train_loader))
            log.info("epoch %d loss %.3f", epoch, self.history[-1])
        return self.history
