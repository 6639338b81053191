import torch.nn as nn


class LitModule(nn.Module):
    """A hand-written imitation of a LightningModule: the loop calls these."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        return None

    def on_train_batch_end(self, batch, idx):
        pass

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, name, value):
        self.__dict__.setdefault("logged", {})[name] = float(value)
