import torch.nn as nn


class TaskModule(nn.Module):
    """A hand-written LightningModule look-alike: the trainer drives these hooks."""

    def __init__(self):
        super().__init__()
        self.logged = {}
        self._was_training = True

    def log(self, name, value):
        self.logged[name] = float(value)

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_epoch_start(self):
        self._was_training = self.training
        self.eval()

    def on_validation_epoch_end(self):
        self.train(self._was_training)
