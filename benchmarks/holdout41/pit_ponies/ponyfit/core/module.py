from torch import nn


class PonyModule(nn.Module):
    """Base class: subclasses implement training_step / validation_step / configure_optimizers."""

    def on_train_epoch_start(self):
        pass

    def on_validation_epoch_start(self):
        pass

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError
