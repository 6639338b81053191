import torch
from torch import nn


class LitModule(nn.Module):
    """Hand-written imitation of a LightningModule."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError


class Trainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.current_epoch = 0
        self.logged = {}

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _validate(self, module, val_data):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(val_data)]
        self.logged["val_loss"] = float(torch.stack(outs).mean())
        self._call("on_validation_end", module, val_data)
        module.train()

    def fit(self, module, train_data, val_data):
        opt = module.configure_optimizers()
        self._call("on_fit_start", module)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            for i, batch in enumerate(train_data):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._validate(module, val_data)
        self._call("on_fit_end", module)
        return self.logged
