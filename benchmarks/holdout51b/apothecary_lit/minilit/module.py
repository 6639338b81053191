import torch.nn as nn


class LitModule(nn.Module):
    """A hand-rolled imitation of a LightningModule with manual optimisation."""

    automatic_optimization = False

    def __init__(self):
        super().__init__()
        self._trainer = None
        self.logged = {}

    def log(self, key, value):
        self.logged[key] = float(value)

    def optimizers(self):
        return self._trainer.optimizer

    def manual_backward(self, loss):
        loss.backward()  # TM001-here

    # to be overridden
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError
