import torch.nn as nn


class LitModule(nn.Module):
    """A hand-written imitation of a LightningModule: the trainer calls these hooks."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_epoch_end(self, outputs):
        pass
