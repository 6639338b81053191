"""Shoe-last fit model and a small pipeline wrapper for the cordwainer notebook."""
import torch
import torch.nn as nn


class FitEnergy(nn.Module):
    """Energy of a foot-pressure sequence: low energy = good fit."""

    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.e = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.e(self.lstm(x)[0][:, -1]).squeeze(-1)


class LastPipeline:
    def __init__(self):
        self._model = FitEnergy()
        self.opt = torch.optim.Adam(self._model.parameters(), lr=1e-2)

    @property
    def model(self):
        """The deployable model (inference mode for dropout/BN)."""
        return self._model.eval()

    def train_step(self, good, bad):
        m = self._model.train()
        loss = m(good).mean() - m(bad).mean() + 0.1 * (m(good) ** 2).mean()
        self.opt.zero_grad(); loss.backward(); self.opt.step()
        return loss.item()


def langevin_samples(energy, x0, steps=5, step_size=0.05):
    x = x0.clone()
    for _ in range(steps):
        x.requires_grad_(True)
        g, = torch.autograd.grad(energy(x).sum(), x)  # TM001-here
        x = (x - step_size * g + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)).detach()
    return x
