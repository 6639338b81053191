import torch.nn as nn


class BaseModule(nn.Module):
    """Lightning-like base: subclasses implement the *_step methods and may override hooks."""

    trainer = None

    def on_train_epoch_start(self):
        self.train()

    def on_validation_epoch_end(self, outputs):
        pass

    def manual_backward(self, loss):
        loss.backward()

    def configure_optimizers(self):
        raise NotImplementedError
