import logging

import torch

from quiller.engine.metrics import Running, accuracy

log = logging.getLogger("quiller.loop")


class Trainer:
    """Minimal epoch loop with overridable hooks."""

    def __init__(self, model, optimizer, loss_fn, cfg):
        self.model = model
        self.optimizer = optimizer
        self.loss_fn = loss_fn
        self.cfg = cfg
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_end(self, epoch, stats):
        self.history.append(stats)

    def on_validation_end(self, batches, stats):
        pass

    # loop --------------------------------------------------------------
    def train_epoch(self, loader):
        self.model.train()
        run = Running()
        for x, y in loader:
            self.optimizer.zero_grad()
            loss = self.loss_fn(self.model(x), y)
            loss.backward()
            self.optimizer.step()
            run.update(loss.item(), len(y))
        return run.mean

    def validate(self, loader):
        self.model.eval()
        acc = Running()
        seen = []
        for x, y in loader:
            logits = self.model(x)
            acc.update(accuracy(logits, y), len(y))
            seen.append((x, y))
        stats = {"val_acc": acc.mean}
        self.on_validation_end(seen, stats)
        return stats

    def fit(self, train_loader, val_loader):
        for epoch in range(self.cfg["epochs"]):
            tr = self.train_epoch(train_loader)
            stats = {"epoch": epoch, "train_loss": tr, **self.validate(val_loader)}
            self.on_epoch_end(epoch, stats)
            log.info("%s", stats)
        return self.history
