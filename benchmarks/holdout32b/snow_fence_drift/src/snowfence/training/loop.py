import torch
from torch import nn

from .modes import frozen_norm_mode


class FineTuner:
    def __init__(self, model, lr=1e-3, freeze_norm=False):
        self.model = model
        self.lr = lr
        self.freeze_norm = freeze_norm

    def _epochs(self, data, epochs, opt):
        static, wind, depth = data
        for _ in range(epochs):
            loss = nn.functional.mse_loss(self.model(static, wind), depth)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()

    def pretrain(self, data, epochs=1):
        self.model.train()
        return self._epochs(data, epochs, torch.optim.Adam(self.model.parameters(), lr=self.lr))

    @torch.no_grad()
    def validate(self, data):
        self.model.eval()
        static, wind, depth = data
        return nn.functional.mse_loss(self.model(static, wind), depth).item()

    def fit(self, data, epochs=1):
        if self.freeze_norm:
            frozen_norm_mode(self.model)
        else:
            self.model.train()
        return self._epochs(data, epochs, torch.optim.Adam(self.model.parameters(), lr=self.lr))
