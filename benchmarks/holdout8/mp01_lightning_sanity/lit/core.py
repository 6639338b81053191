"""A pocket-sized stand-in for pytorch_lightning.LightningModule."""
import torch
import torch.nn as nn


class LightningModule(nn.Module):
    automatic_optimization = True

    def __init__(self):
        super().__init__()
        self._trainer = None

    @property
    def trainer(self):
        return self._trainer

    def optimizers(self):
        return self._trainer.optimizers[0]

    def manual_backward(self, loss, *args, **kwargs):
        # Lightning routes this through the precision plugin; here it is direct.
        loss.backward(*args, **kwargs)  # TM001-here

    def log(self, name, value, **kwargs):
        self._trainer.logged[name] = float(value)
