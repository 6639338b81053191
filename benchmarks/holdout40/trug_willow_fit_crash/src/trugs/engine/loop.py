import logging

import torch
from torch import nn

from .modes import evaluating

log = logging.getLogger("trugs.engine")


class Trainer:
    def __init__(self, model, lr=1e-3, max_epochs=1, num_sanity_val_steps=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.loss_fn = nn.SmoothL1Loss()
        self.history = []

    # ---- hooks -------------------------------------------------------
    def on_train_start(self):
        pass

    def on_validation_end(self, metrics):
        log.info("val %s", metrics)

    # ---- phases ------------------------------------------------------
    def validate(self, batches, limit=None):
        total, n = 0.0, 0
        with evaluating(self.model), torch.no_grad():
            for i, (x, y) in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                total += self.loss_fn(self.model(x), y).item()
                n += 1
        metrics = {"val_loss": total / max(n, 1)}
        self.on_validation_end(metrics)
        return metrics

    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_batches, val_batches):
        self.model.train()
        if self.num_sanity_val_steps:
            self.validate(val_batches, limit=self.num_sanity_val_steps)
        self.on_train_start()
        for epoch in range(self.max_epochs):
            losses = [self.training_step(x, y) for x, y in train_batches]
            metrics = self.validate(val_batches)
            metrics["train_loss"] = sum(losses) / len(losses)
            metrics["epoch"] = epoch
            self.history.append(metrics)
        return self.history
