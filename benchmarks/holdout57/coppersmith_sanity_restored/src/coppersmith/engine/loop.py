import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("coppersmith.engine")


class Trainer:
    def __init__(self, max_epochs=1, lr=1e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    # -- validation -------------------------------------------------------
    @torch.no_grad()
    def _run_validation(self, model, loader, limit=None):
        total, count = 0.0, 0
        for i, (x, y) in enumerate(loader):
            if limit is not None and i >= limit:
                break
            total += F.mse_loss(model(x), y, reduction="sum").item()
            count += y.numel()
        return total / max(count, 1)

    def _sanity_check(self, model, val_loader):
        # catch shape bugs before an hour of training
        was_training = model.training
        model.eval()
        try:
            mse = self._run_validation(model, val_loader, limit=self.num_sanity_val_steps)
        finally:
            model.train(was_training)
        log.info("sanity check mse %.4f", mse)

    # -- training ---------------------------------------------------------
    def _train_epoch(self, model, loader, optimizer):
        running = 0.0
        for x, y in loader:
            optimizer.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()
            running += loss.item()
        return running / len(loader)

    def fit(self, model, train_loader, val_loader):
        optimizer = torch.optim.Adam(model.parameters(), lr=self.lr)
        if self.num_sanity_val_steps:
            self._sanity_check(model, val_loader)
        for epoch in range(self.max_epochs):
            train_loss = self._train_epoch(model, train_loader, optimizer)
            model.eval()
            val_mse = self._run_validation(model, val_loader)
            model.train()
            self.history.append({"epoch": epoch, "train_loss": train_loss, "val_mse": val_mse})
            log.info("epoch %d train %.4f val %.4f", epoch, train_loss, val_mse)
        return self.history
