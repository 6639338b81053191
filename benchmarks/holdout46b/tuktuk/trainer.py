"""A small hook-based trainer used by the tuk-tuk fare notebooks.

Subclass `Trainer` and override `on_validation_end` / `on_epoch_end` to customise.  Validation
runs every `val_every` optimiser steps, so it can happen in the middle of an epoch.
"""
import math
import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, optimizer, val_every=4, loss_fn=F.mse_loss):
        self.model = model
        self.optimizer = optimizer
        self.val_every = val_every
        self.loss_fn = loss_fn
        self.global_step = 0
        self.history = {"train": [], "val": []}

    # ---- hooks -----------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, metrics):
        pass

    def on_epoch_end(self, epoch):
        pass

    # ---- loops -----------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        loss = self.loss_fn(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        errs = [F.l1_loss(self.model(x), y).item() for x, y in loader]
        metrics = {"val_mae": sum(errs) / len(errs), "step": self.global_step}
        self.history["val"].append(metrics)
        self.on_validation_end(metrics)
        return metrics

    def fit(self, train_loader, val_loader, epochs=2):
        for epoch in range(epochs):
            self.model.train()
            self.on_epoch_start(epoch)
            for batch in train_loader:
                self.history["train"].append(self.training_step(batch))
                self.global_step += 1
                if self.global_step % self.val_every == 0:
                    self.validate(val_loader)
            self.on_epoch_end(epoch)
        return self.history


def batches(x, y, bs):
    return [(x[i:i + bs], y[i:i + bs]) for i in range(0, len(x), bs)]
