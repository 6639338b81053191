from torch import nn


class LiteModule(nn.Module):
    """Minimal LightningModule look-alike."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_start(self):
        pass

    def on_validation_end(self):
        pass

    def log(self, name, value):
        self._logged = getattr(self, "_logged", {})
        self._logged[name] = float(value)
