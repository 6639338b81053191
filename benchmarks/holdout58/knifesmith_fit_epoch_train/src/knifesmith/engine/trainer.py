import logging

import torch
import torch.nn.functional as F

from .metrics import RunningMean

log = logging.getLogger(__name__)


class Trainer:
    """A small fit/validate engine in the style of the big frameworks."""

    def __init__(self, max_epochs=1, lr=1e-3, sanity_batches=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.sanity_batches = sanity_batches
        self.global_step = 0

    # ---- hooks -------------------------------------------------------
    def configure_optimizer(self, model):
        return torch.optim.AdamW(model.parameters(), lr=self.lr)

    def training_step(self, model, batch):
        x, y = batch
        return F.smooth_l1_loss(model(x), y)

    @torch.no_grad()
    def validation_step(self, model, batch):
        x, y = batch
        return (model(x) - y).abs().mean().item()

    # ---- loops -------------------------------------------------------
    def evaluate(self, model, loader, limit=None):
        model.eval()
        mae = RunningMean()
        for i, batch in enumerate(loader):
            if limit is not None and i >= limit:
                break
            mae.update(self.validation_step(model, batch))
        return mae.value

    def _sanity_check(self, model, val_loader):
        if self.sanity_batches:
            value = self.evaluate(model, val_loader, limit=self.sanity_batches)
            log.info("sanity check mae=%.4f", value)

    def fit(self, model, train_loader, val_loader):
        optimizer = self.configure_optimizer(model)
        self._sanity_check(model, val_loader)
        history = []
        for epoch in range(self.max_epochs):
            model.train()
            loss_meter = RunningMean()
            for batch in train_loader:
                loss = self.training_step(model, batch)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                loss_meter.update(loss.item())
                self.global_step += 1
            val_mae = self.evaluate(model, val_loader)
            history.append({"epoch": epoch, "loss": loss_meter.value, "val_mae": val_mae})
        return history
