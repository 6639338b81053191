import torch.nn as nn


class LitModule(nn.Module):
    """Lightning-flavoured base: the trainer calls *_step and configure_optimizers."""

    automatic_optimization = True

    def __init__(self):
        super().__init__()
        self._optimizers = None
        self.logged = {}

    def optimizers(self):
        return self._optimizers

    def manual_backward(self, loss):
        loss.backward()  # TM001-here

    def log(self, name, value):
        self.logged[name] = float(value)
