import torch.nn as nn


class LitModule(nn.Module):
    automatic_optimization = False

    def __init__(self):
        super().__init__()
        self.trainer = None
        self._optimizer = None

    def log(self, name, value):
        if self.trainer is not None:
            self.trainer.logged.setdefault(name, []).append(round(float(value), 4))

    def optimizers(self):
        return self._optimizer

    def manual_backward(self, loss):
        loss.backward()  # TM001-here

    def configure_optimizers(self):
        raise NotImplementedError

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError
