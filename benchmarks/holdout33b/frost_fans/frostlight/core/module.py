import torch
from torch import nn


class FrostModule(nn.Module):
    """Base class: subclasses provide training_step / validation_step / configure_optimizers."""

    def __init__(self):
        super().__init__()
        self.logged = {}
        self.trainer = None

    def log(self, name, value):
        self.logged.setdefault(name, []).append(float(value))

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)

    def manual_backward(self, loss):
        loss.backward()

    def on_train_epoch_start(self):
        pass

    def on_validation_epoch_end(self):
        pass
