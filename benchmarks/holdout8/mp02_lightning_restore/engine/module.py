import torch.nn as nn


class LightningModule(nn.Module):
    """Minimal LightningModule: manual optimisation goes through manual_backward."""

    automatic_optimization = True
    _trainer = None

    def optimizers(self):
        opts = self._trainer.optimizers
        return opts[0] if len(opts) == 1 else opts

    def manual_backward(self, loss, **kwargs):
        self._trainer.precision.backward(loss, **kwargs)
