import torch.nn as nn


class LitModule(nn.Module):
    """Subclasses implement training_step / validation_step / configure_optimizers."""

    def __init__(self):
        super().__init__()
        self.logged = {}

    def log(self, key, value):
        self.logged.setdefault(key, []).append(float(value))

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def on_train_epoch_end(self):
        pass

    def on_validation_epoch_end(self):
        pass
