import torch.nn as nn


class LiteModule(nn.Module):
    """Hand-rolled imitation of a LightningModule."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_start(self):
        pass
