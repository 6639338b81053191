from torch import nn


class LitModule(nn.Module):
    """A small hand-written stand-in for a Lightning-style module."""

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        self.train()

    def log(self, key, value):
        self.__dict__.setdefault("logged", {})[key] = float(value)
