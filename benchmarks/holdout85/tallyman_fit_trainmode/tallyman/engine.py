import logging

import torch
from torch import nn

log = logging.getLogger("tallyman.engine")


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr
        self.history = []

    # -- validation ---------------------------------------------------
    def _run_validation(self, model, loader, limit=None):
        model.eval()
        losses = []
        with torch.no_grad():
            for i, (x, y) in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                losses.append(nn.functional.cross_entropy(model(x), y).item())
        return sum(losses) / max(len(losses), 1)

    def _sanity_check(self, model, val_loader):
        if self.num_sanity_val_steps:
            v = self._run_validation(model, val_loader, limit=self.num_sanity_val_steps)
            log.info("sanity val loss %.4f", v)

    # -- training -----------------------------------------------------
    def _train_epoch(self, model, opt, loader):
        model.train()
        total = 0.0
        for x, y in loader:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
            total += loss.item()
        return total / len(loader)

    def fit(self, model, train_loader, val_loader):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        self._sanity_check(model, val_loader)
        for epoch in range(self.max_epochs):
            tr = self._train_epoch(model, opt, train_loader)
            va = self._run_validation(model, val_loader)
            model.train()
            self.history.append((epoch, tr, va))
            log.info("epoch %d train %.4f val %.4f", epoch, tr, va)
        return self.history
