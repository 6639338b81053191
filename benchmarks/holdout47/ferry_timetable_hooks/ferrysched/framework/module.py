from torch import nn


class LitModule(nn.Module):
    """Hand-written imitation of a LightningModule: the trainer calls these hooks."""

    def training_step(self, batch, step):
        raise NotImplementedError

    def validation_step(self, batch, step):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_start(self):
        pass

    def on_validation_end(self):
        # the framework relies on this to go back to training mode
        self.train()

    def log(self, name, value):
        self.__dict__.setdefault("_logged", {})[name] = float(value)
