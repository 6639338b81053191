"""A very small Lightning-like trainer: hooks, manual optimisation, a validation loop."""
import torch
import torch.nn as nn


class LightningModule(nn.Module):
    automatic_optimization = True

    def __init__(self):
        super().__init__()
        self.trainer = None

    def manual_backward(self, loss):
        loss.backward()

    def optimizers(self):
        return self.trainer.optimizers[0]

    def on_train_epoch_end(self):
        pass

    def log(self, name, value):
        self.trainer.logged[name] = float(value)


class Trainer:
    def __init__(self, max_epochs=1, limit_val_batches=2):
        self.max_epochs = max_epochs
        self.limit_val_batches = limit_val_batches
        self.logged = {}
        self.optimizers = []

    def _validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if i >= self.limit_val_batches:
                    break
                module.validation_step(batch, i)
        module.train()

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        self.optimizers = [module.configure_optimizers()]
        self._validate(module, val_loader)  # sanity check
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                if module.automatic_optimization:
                    opt = self.optimizers[0]
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
            self._validate(module, val_loader)
            module.on_train_epoch_end()
        print("logged:", self.logged)
