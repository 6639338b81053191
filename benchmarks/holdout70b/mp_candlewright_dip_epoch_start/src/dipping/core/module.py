import torch.nn as nn


class LitLike(nn.Module):
    """Tiny imitation of a LightningModule: the runner calls these hooks."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_epoch_start(self):
        pass
