import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("hornworker.trainer")


class Trainer:
    def __init__(self, max_epochs=2, sanity_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.sanity_steps = sanity_steps
        self.lr = lr
        self.history = []

    def _val_loop(self, model, batches):
        model.eval()
        total = 0.0
        with torch.no_grad():
            for x, y in batches:
                total += F.cross_entropy(model(x), y).item()
        return total / max(len(batches), 1)

    def _sanity_check(self, model, val_batches):
        if self.sanity_steps:
            log.info("sanity val loss %.3f", self._val_loop(model, val_batches[: self.sanity_steps]))

    def _train_epoch(self, model, opt, batches):
        model.train()
        for x, y in batches:
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            opt.step()

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.SGD(model.parameters(), lr=self.lr)
        self._sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            self._train_epoch(model, opt, train_batches)
            self.history.append(self._val_loop(model, val_batches))
        return self.history
