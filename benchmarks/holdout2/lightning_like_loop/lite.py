"""A Lightning-like module base class and a fit loop that switches modes around validation like Lightning."""
import torch
import torch.nn as nn


class LiteModule(nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_epoch_end(self, outputs):
        pass


class LiteTrainer:
    def __init__(self, max_epochs=1, val_check_interval=None, limit_train_batches=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.limit_train_batches = limit_train_batches

    def _validate(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            outputs = [module.validation_step(b, i) for i, b in enumerate(val_loader)]
        module.on_validation_epoch_end(outputs)
        module.train()

    def fit(self, module, train_loader, val_loader=None):
        optimizer = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for batch_idx, batch in enumerate(train_loader):
                if self.limit_train_batches and batch_idx >= self.limit_train_batches:
                    break
                loss = module.training_step(batch, batch_idx)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                if val_loader and self.val_check_interval and (batch_idx + 1) % self.val_check_interval == 0:
                    self._validate(module, val_loader)
            if val_loader is not None:
                self._validate(module, val_loader)
