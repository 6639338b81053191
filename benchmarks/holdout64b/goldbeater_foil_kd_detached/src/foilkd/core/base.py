import torch.nn as nn


class LightModule(nn.Module):
    """A small imitation of a LightningModule: steps, optimisers and a log dict."""

    def __init__(self):
        super().__init__()
        self._log = {}

    def log(self, key, value):
        self._log[key] = float(value)

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        pass

    def configure_optimizers(self):
        raise NotImplementedError

    def on_fit_start(self):
        pass
