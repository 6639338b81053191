import torch.nn as nn


class LitBase(nn.Module):
    """The hooks a FitLoop calls; subclasses fill in the steps."""

    def configure_optimizers(self):
        raise NotImplementedError

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def on_train_epoch_start(self):
        self.train()

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        pass
