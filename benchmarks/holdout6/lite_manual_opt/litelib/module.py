"""Minimal LightningModule-like base class with manual optimisation."""
import torch.nn as nn


class LiteModule(nn.Module):
    automatic_optimization = False

    def __init__(self):
        super().__init__()
        self.trainer = None
        self.logged = {}

    def log(self, name, value):
        self.logged[name] = float(value)

    def optimizers(self):
        return self.trainer.optimizer

    def manual_backward(self, loss):
        loss.backward()  # TM001-here

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError
