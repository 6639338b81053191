import torch.nn as nn


class LiteModule(nn.Module):
    """A hand-written imitation of a LightningModule: steps plus optimiser config."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_epoch_start(self):
        pass

    def log(self, name, value):
        self._logged = getattr(self, "_logged", {})
        self._logged[name] = float(value)
