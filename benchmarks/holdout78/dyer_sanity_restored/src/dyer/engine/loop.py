import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("dyer.engine")


class Trainer:
    def __init__(self, model, train_batches, val_batches, lr=1e-2, max_epochs=2, sanity_steps=1):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.max_epochs = max_epochs
        self.sanity_steps = sanity_steps
        self.history = []

    @torch.no_grad()
    def _validate(self, limit=None):
        self.model.eval()
        correct, seen = 0, 0
        for i, (x, y) in enumerate(self.val_batches):
            if limit is not None and i >= limit:
                break
            correct += (self.model(x).argmax(-1) == y).sum().item()
            seen += y.numel()
        return correct / max(seen, 1)

    def _sanity_check(self):
        was_training = self.model.training
        acc = self._validate(limit=self.sanity_steps)
        self.model.train(was_training)
        log.info("sanity check acc=%.3f", acc)

    def _train_epoch(self):
        total = 0.0
        for x, y in self.train_batches:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(self.train_batches)

    def fit(self):
        self._sanity_check()
        for epoch in range(self.max_epochs):
            loss = self._train_epoch()
            acc = self._validate()
            self.model.train()
            self.history.append((epoch, loss, acc))
            log.info("epoch %d loss=%.3f acc=%.3f", epoch, loss, acc)
        return self.history
