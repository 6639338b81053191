import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("farrier.loop")


class Trainer:
    """Minimal trainer with overridable hooks."""

    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.best_val = float("inf")
        self.epoch = 0

    # ---- hooks -------------------------------------------------------------
    def on_epoch_start(self):
        pass

    def on_epoch_end(self, train_loss):
        log.info("epoch %d train %.4f", self.epoch, train_loss)

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, val_loss):
        self.best_val = min(self.best_val, val_loss)
        self.model.train()

    # ---- loops -------------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        self.opt.zero_grad()
        loss = F.smooth_l1_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, val_set):
        self.on_validation_start()
        total = 0.0
        with torch.no_grad():
            for x, y in val_set:
                total += F.smooth_l1_loss(self.model(x), y).item()
        self.on_validation_end(total / len(val_set))

    def fit(self, train_set, val_set, epochs=1):
        self.model.train()
        for self.epoch in range(epochs):
            self.on_epoch_start()
            losses = [self.training_step(b) for b in train_set]
            self.on_epoch_end(sum(losses) / len(losses))
            self.validate(val_set)
