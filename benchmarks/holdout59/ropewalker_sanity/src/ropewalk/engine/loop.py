import logging

import torch
import torch.nn.functional as F

from ..data import batches

log = logging.getLogger("ropewalk.engine")


class Trainer:
    """A small fit/validate loop with a Lightning-like sanity check before training."""

    def __init__(self, max_epochs=1, batch_size=4, lr=1e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.batch_size = batch_size
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    # ---------------------------------------------------------------- validation
    def validate(self, model, dataset, limit=None):
        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for step, (x, y) in enumerate(batches(dataset, self.batch_size)):
                if limit is not None and step >= limit:
                    break
                total += F.mse_loss(model(x), y, reduction="sum").item()
                count += y.numel()
        return total / max(count, 1)

    def _sanity_check(self, model, val_set):
        if self.num_sanity_val_steps:
            mse = self.validate(model, val_set, limit=self.num_sanity_val_steps)
            log.info("sanity check mse %.4f", mse)

    # ------------------------------------------------------------------ training
    def training_step(self, model, batch):
        x, y = batch
        return F.mse_loss(model(x), y)

    def fit(self, model, train_set, val_set):
        optimizer = torch.optim.Adam(model.parameters(), lr=self.lr)
        model.train()
        self._sanity_check(model, val_set)
        for epoch in range(self.max_epochs):
            running = 0.0
            for batch in batches(train_set, self.batch_size, shuffle=True):
                optimizer.zero_grad()
                loss = self.training_step(model, batch)
                loss.backward()  # TM001-here
                optimizer.step()
                running += loss.item()
            val_mse = self.validate(model, val_set)
            self.history.append({"epoch": epoch, "train": running, "val_mse": val_mse})
            log.info("epoch %d train %.3f val %.4f", epoch, running, val_mse)
        return self.history
