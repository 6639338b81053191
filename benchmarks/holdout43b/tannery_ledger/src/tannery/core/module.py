"""A LightningModule look-alike: the module owns its steps and optimisers."""
import torch.nn as nn


class LedgerModule(nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def backward(self, loss):
        loss.backward()  # TM001-here

    def log(self, name, value, store):
        store.setdefault(name, []).append(float(value))
