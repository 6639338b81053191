import logging

import torch

log = logging.getLogger("hopyard")


class Trainer:
    """Minimal epoch loop with overridable hooks."""

    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, val_loss):
        pass

    # steps -------------------------------------------------------------
    def loss_fn(self, pred, y):
        return torch.nn.functional.mse_loss(pred, y)

    def train_epoch(self, batches):
        total = 0.0
        for x, y in batches:
            loss = self.loss_fn(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    def validate(self, batches):
        self.model.eval()
        with torch.no_grad():
            return sum(self.loss_fn(self.model(x), y).item() for x, y in batches) / len(batches)

    def fit(self, train_batches, val_batches, epochs=1):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            tr = self.train_epoch(train_batches)
            va = self.validate(val_batches)
            self.on_validation_end(epoch, va)
            log.info("epoch %d train %.4f val %.4f", epoch, tr, va)
            self.history.append(va)
        return self.history
