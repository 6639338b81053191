import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("illuminator.trainer")


class Trainer:
    def __init__(self, model, train_batches, val_batches, lr=1e-2, callbacks=None):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = list(callbacks or [])
        self.epoch = 0

    # hooks, meant to be overridden
    def on_epoch_end(self, epoch):
        for cb in self.callbacks:
            cb.on_epoch_end(self, epoch)

    def on_validation_end(self, metrics):
        for cb in self.callbacks:
            cb.on_validation_end(self, metrics)

    def train_epoch(self):
        self.model.train()
        total = 0.0
        for x, y in self.train_batches:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(self.train_batches)

    @torch.no_grad()
    def validate(self):
        self.model.eval()
        correct = n = 0
        for x, y in self.val_batches:
            pred = self.model(x).argmax(-1)
            correct += (pred == y).sum().item()
            n += y.numel()
        return {"acc": correct / max(n, 1)}

    def fit(self, epochs):
        for epoch in range(epochs):
            self.epoch = epoch
            tr = self.train_epoch()
            metrics = self.validate()
            metrics["train_loss"] = tr
            self.on_validation_end(metrics)
            self.on_epoch_end(epoch)
        return self
