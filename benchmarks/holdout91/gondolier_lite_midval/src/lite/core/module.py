from torch import nn


class LiteModule(nn.Module):
    """Hand-rolled imitation of a LightningModule: steps and hooks, no loop."""

    trainer = None

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def predict_step(self, batch, batch_idx):
        return self(batch[0])

    def configure_optimizers(self):
        raise NotImplementedError

    def manual_backward(self, loss):
        loss.backward()  # TM001-here

    def on_validation_epoch_end(self):
        pass

    def on_validation_end(self):
        pass
