from torch import nn


class LiteModule(nn.Module):
    """Hand-written stand-in for a LightningModule."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def predict_step(self, batch, batch_idx):
        return self(batch[0])

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_end(self, trainer):
        pass
