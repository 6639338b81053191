"""A small trainer with overridable hooks, used by the tortoise-tracking notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class HookTrainer:
    """fit() = for each epoch: on_epoch_start, train steps, validation, on_validation_end, on_epoch_end."""

    def __init__(self, model, opt, train_data, val_data, epochs=3):
        self.model, self.opt = model, opt
        self.train_data, self.val_data = train_data, val_data
        self.epochs = epochs
        self.log = []

    # hooks ---------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        pass

    def on_epoch_end(self, epoch, metrics):
        self.log.append(metrics)

    # loop ----------------------------------------------------------------
    def compute_loss(self, batch):
        x, y = batch
        return F.mse_loss(self.model(x), y)

    def validate(self):
        self.on_validation_start()
        with torch.no_grad():
            losses = [self.compute_loss(b).item() for b in self.val_data]
        metrics = {"val_loss": sum(losses) / len(losses)}
        self.on_validation_end(metrics)
        return metrics

    def fit(self):
        self.model.train()
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            for batch in self.train_data:
                self.opt.zero_grad()
                loss = self.compute_loss(batch)
                loss.backward()
                self.opt.step()
            metrics = self.validate()
            self.on_epoch_end(epoch, metrics)
        return self.log
