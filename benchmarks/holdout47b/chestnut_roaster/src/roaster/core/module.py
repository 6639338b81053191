import torch.nn as nn


class RoastModule(nn.Module):
    """A small imitation of a LightningModule: steps, hooks and optimiser factory."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    # hooks -------------------------------------------------------------
    def on_train_epoch_start(self):
        self.train()

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        pass

    def manual_backward(self, loss):
        loss.backward()  # TM001-here
