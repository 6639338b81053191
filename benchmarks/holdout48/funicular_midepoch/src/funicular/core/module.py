import torch.nn as nn


class TaskModule(nn.Module):
    """The bits of a LightningModule this project needs."""

    def __init__(self):
        super().__init__()
        self.trainer = None

    def log(self, name, value):
        if self.trainer is not None:
            self.trainer.logged.append((name, round(float(value), 4)))

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        pass

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_epoch_end(self):
        pass
