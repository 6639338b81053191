import torch
import torch.nn.functional as F

from .backbones import BACKBONES


class TabularModel:
    """pytorch-tabular-like wrapper: fit() owns the nn.Module it builds from the config."""

    def __init__(self, model_config, trainer_config):
        self.config = model_config
        self.trainer_config = trainer_config
        self._model = None

    @property
    def model(self):
        if self._model is None:
            self._model = BACKBONES[self.config.name](self.config)
        return self._model

    def _step(self, x, y, optimizer):
        loss = F.mse_loss(self.model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()

    def fit(self, train, validation=None):
        optimizer = torch.optim.Adam(self.model.parameters(), lr=self.trainer_config.lr)
        self.model.train()
        for epoch in range(self.trainer_config.max_epochs):
            losses = [self._step(x, y, optimizer) for x, y in train]
            for cb in self.trainer_config.callbacks:
                cb(self, epoch=epoch, loss=sum(losses) / len(losses), validation=validation)
        return self

    def predict(self, x):
        self.model.eval()
        with torch.no_grad():
            return self.model(x)
