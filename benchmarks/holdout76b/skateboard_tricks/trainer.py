"""Minimal step-based trainer with overridable hooks (used from the skateboard notebooks)."""
import math
import torch
import torch.nn as nn


class Trainer:
    def __init__(self, model, optimizer, loss_fn, val_every=5, log=print):
        self.model = model
        self.optimizer = optimizer
        self.loss_fn = loss_fn
        self.val_every = val_every
        self.log = log
        self.step = 0
        self.history = []

    # ---- hooks -------------------------------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, mean_loss):
        self.log(f"epoch {epoch}: loss {mean_loss:.4f}")

    def on_validation_end(self, metrics):
        # back to training after the validation pass
        self.model.train()

    # ---- loops -------------------------------------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        out = self.model(x)
        loss = self.loss_fn(out, y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    @torch.no_grad()
    def validate(self, val_batches):
        self.model.eval()
        tot, n = 0.0, 0
        for x, y in val_batches:
            tot += self.loss_fn(self.model(x), y).item() * len(x)
            n += len(x)
        metrics = {"val_loss": tot / max(n, 1), "step": self.step}
        self.history.append(metrics)
        self.on_validation_end(metrics)
        return metrics

    def fit(self, train_batches, val_batches, epochs=2):
        self.model.train()
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            losses = []
            for batch in train_batches:
                losses.append(self.training_step(batch))
                self.step += 1
                if self.step % self.val_every == 0:
                    self.validate(val_batches)
            self.on_epoch_end(epoch, sum(losses) / len(losses))
        return self.history
