from torch import nn


class LiteModule(nn.Module):
    """A tiny hand-written imitation of a LightningModule."""

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_epoch_start(self):
        self.train()

    def on_validation_epoch_start(self):
        self.eval()
