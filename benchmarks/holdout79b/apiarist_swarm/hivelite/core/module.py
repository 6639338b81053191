import torch.nn as nn


class LiteModule(nn.Module):
    """The handful of LightningModule habits this project relies on."""

    def __init__(self):
        super().__init__()
        self._trainer = None

    def log(self, name, value):
        if self._trainer is not None:
            self._trainer.logged.setdefault(name, []).append(value)

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        pass

    def configure_optimizers(self):
        raise NotImplementedError
