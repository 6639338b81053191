from torch import nn


class LitModule(nn.Module):
    """A hand-written imitation of a LightningModule."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def manual_backward(self, loss):
        loss.backward()
