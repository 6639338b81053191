import torch.nn as nn


class LitModule(nn.Module):
    """The slice of LightningModule used with manual optimisation."""

    automatic_optimization = False

    def __init__(self):
        super().__init__()
        self.trainer = None

    def optimizers(self):
        return self.trainer.optimizer

    def manual_backward(self, loss):
        loss.backward()  # TM001-here

    def log(self, name, value):
        self.trainer.logged[name] = float(value)
