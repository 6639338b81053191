import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("vintner.trainer")


class Trainer:
    """Minimal epoch loop with overridable hooks."""

    def __init__(self, model, train_batches, val_batches, lr=3e-3):
        self.model = model
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, train_loss):
        log.info("epoch %d train %.4f", epoch, train_loss)

    def on_validation_end(self, epoch, val_loss):
        pass

    # loop --------------------------------------------------------------
    def train_one_epoch(self):
        total = 0.0
        for x, y in self.train_batches():
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total

    @torch.no_grad()
    def validate(self):
        self.model.eval()
        losses = [F.mse_loss(self.model(x), y).item() for x, y in self.val_batches()]
        return sum(losses) / len(losses)

    def fit(self, epochs):
        for epoch in range(epochs):
            self.model.train()
            self.on_epoch_start(epoch)
            tl = self.train_one_epoch()
            self.on_epoch_end(epoch, tl)
            vl = self.validate()
            self.history.append((tl, vl))
            self.on_validation_end(epoch, vl)
        return self.history
