from torch import nn


class MiniModule(nn.Module):
    """A hand-written imitation of a LightningModule."""

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_start(self):
        pass

    def on_validation_end(self):
        pass

    def on_train_epoch_start(self):
        pass
