import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("chandlery")


class BaseTrainer:
    """Minimal trainer with hooks that subclasses override."""

    def __init__(self, model, lr=1e-2, epochs=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.history = []

    # hooks -----------------------------------------------------------------
    def on_epoch_end(self, epoch, train_loss):
        log.info("epoch %d train %.4f", epoch, train_loss)

    def on_validation_end(self, epoch, val_loss, batch):
        self.history.append(val_loss)

    # loops -----------------------------------------------------------------
    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / max(len(batches), 1)

    def validate(self, batches):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for x, y in batches:
                total += F.mse_loss(self.model(x), y).item()
        return total / max(len(batches), 1)

    def fit(self, train_batches, val_batches):
        for epoch in range(self.epochs):
            tl = self.train_epoch(train_batches)
            self.on_epoch_end(epoch, tl)
            vl = self.validate(val_batches)
            self.on_validation_end(epoch, vl, val_batches[0])
        return self.history
