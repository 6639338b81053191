import torch.nn as nn


class LiteModule(nn.Module):
    """Hand-written imitation of a LightningModule: the trainer calls these hooks."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_epoch_start(self):
        self.train()

    def on_validation_start(self):
        self.eval()

    def on_validation_epoch_end(self, outputs):
        pass
