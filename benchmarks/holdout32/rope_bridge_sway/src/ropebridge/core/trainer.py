import torch
import torch.nn.functional as F

from .hooks import HookQueue


def crossing_data(n, steps=7, n_in=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, n_in, generator=g)
    return x, (x[:, :, 0].abs().mean(1) + 0.3 * x[:, :, 2].pow(2).mean(1)).unsqueeze(-1)


class SwayTrainer:
    def __init__(self, model, lr=1e-3, seed=0):
        torch.manual_seed(seed)
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.hooks = HookQueue()
        self.train_set = crossing_data(12, seed=seed)
        self.probe_set = crossing_data(3, seed=seed + 100)
        self.epoch = 0
        self.epoch_loss = None
        self.artifacts = {}

    def register(self, callback, priority=10):
        self.hooks.push(callback, priority)

    def _train_epoch(self):
        x, y = self.train_set
        total = 0.0
        for i in range(0, len(x), 4):
            loss = F.mse_loss(self.model(x[i:i + 4]), y[i:i + 4])
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            total += loss.item()
        return total / 3

    def fit(self, epochs=1):
        self.model.train()
        for epoch in range(epochs):
            self.epoch = epoch
            self.epoch_loss = self._train_epoch()
            self.hooks.fire("on_epoch_end", self)
