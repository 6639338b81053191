"""A hand-written imitation of a LightningModule / Trainer pair."""
import torch
import torch.nn as nn


class HandModule(nn.Module):
    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)

    # hooks, no-ops by default
    def on_train_epoch_start(self):
        pass

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        pass


class HandTrainer:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs
        self.logged = {}

    def _call(self, module, hook):
        fn = getattr(module, hook, None)
        if callable(fn):
            fn()

    def validate(self, module, loader):
        self._call(module, "on_validation_start")
        outs = []
        with torch.no_grad():
            for i, b in enumerate(loader):
                outs.append(module.validation_step(b, i))
        self._call(module, "on_validation_end")
        self.logged["val_loss"] = float(torch.stack(outs).mean())

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            self._call(module, "on_train_epoch_start")
            for i, b in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(b, i)
                loss.backward()
                opt.step()
            self.validate(module, val_loader)
        return self.logged
