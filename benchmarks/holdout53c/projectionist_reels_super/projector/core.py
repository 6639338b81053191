import torch
from torch import nn


class ReelModule(nn.Module):
    """Base class: subclasses define training_step / validation_step / configure_optimizers."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)

    # hooks ------------------------------------------------------------
    def on_train_start(self):
        self.train()

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        self.train()

    def on_train_batch_end(self, loss, batch_idx):
        pass


class Projector:
    def __init__(self, max_epochs=1, val_check_interval=None, limit_val_batches=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.limit_val_batches = limit_val_batches
        self.callback_metrics = {}

    def fit(self, module, train_data, val_data):
        opt = module.configure_optimizers()
        module.on_train_start()
        for epoch in range(self.max_epochs):
            for batch_idx, batch in enumerate(train_data):
                opt.zero_grad()
                loss = module.training_step(batch, batch_idx)
                self._backward(loss)
                opt.step()
                module.on_train_batch_end(loss.detach(), batch_idx)
                if self.val_check_interval and (batch_idx + 1) % self.val_check_interval == 0:
                    self._validate(module, val_data)
        self._validate(module, val_data)

    def _backward(self, loss):
        loss.backward()

    def _validate(self, module, val_data):
        module.on_validation_start()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(val_data):
                if self.limit_val_batches is not None and i >= self.limit_val_batches:
                    break
                outs.append(module.validation_step(batch, i))
        self.callback_metrics["val_acc"] = float(torch.stack(outs).mean())
        module.val_outputs = outs
        module.on_validation_end()
