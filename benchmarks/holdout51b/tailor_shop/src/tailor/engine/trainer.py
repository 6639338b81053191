import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("tailor.trainer")


class Trainer:
    """Minimal epoch trainer with overridable hooks."""

    def __init__(self, model, lr=1e-2, epochs=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.history = []

    # ---- hooks -------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, epoch, val_batch, metrics):
        log.info("epoch %d metrics %s", epoch, metrics)

    def on_epoch_end(self, epoch):
        pass

    # ---- loops -------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, val_batch):
        self.model.eval()
        x, y = val_batch
        with torch.no_grad():
            mse = F.mse_loss(self.model(x), y).item()
        return {"val_mse": mse}

    def fit(self, train_batches, val_batch):
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            losses = [self.training_step(b) for b in train_batches]
            metrics = self.validate(val_batch)
            metrics["train_mse"] = sum(losses) / len(losses)
            self.on_validation_end(epoch, val_batch, metrics)
            self.on_epoch_end(epoch)
            self.history.append(metrics)
        return self.history
