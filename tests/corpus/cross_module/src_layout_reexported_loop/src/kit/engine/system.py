import torch


class System:
    """Model and optimiser; `mode` remembers the last mode set, to skip redundant train()/eval() calls."""

    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self._current = "train"

    @property
    def mode(self):
        return self._current

    @mode.setter
    def mode(self, value):
        if value == self._current:
            return
        self._current = value
        self.model.train(value == "train")

    def batch_loss(self, batch):
        mix, target = batch
        return (self.model(mix) - target).pow(2).mean()

    @torch.no_grad()
    def val_loss(self, batch):
        self.model.eval()
        return self.batch_loss(batch).item()
