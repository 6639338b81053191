# expect: clean
"""Gunpowder-mill incorporation: predict the charge's moisture from edge-runner torque.

Trained with an input-gradient penalty (double backprop) so that the moisture
estimate is smooth in the torque trace; sensor glitches should not swing it.
"""
import dataclasses

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclasses.dataclass
class Settings:
    hidden: int = 8
    steps: int = 3
    penalty: float = 0.1
    lr: float = 1e-2


class MoistureNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, torque):
        h, _ = self.lstm(torque)
        return self.out(h[:, -1]).squeeze(-1)


class SmoothTrainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg.lr)

    def loss_with_penalty(self, torque, moisture):
        torque = torque.requires_grad_(True)
        fit = F.mse_loss(self.model(torque), moisture)
        (g,) = torch.autograd.grad(fit, torque, create_graph=True)
        return fit + self.cfg.penalty * g.pow(2).sum(dim=(1, 2)).mean(), fit

    def step(self, torque, moisture):
        self.model.train()
        # double backward needs the native RNN kernels, not cuDNN's
        with torch.backends.cudnn.flags(enabled=False):
            total, fit = self.loss_with_penalty(torque, moisture)
            self.opt.zero_grad()
            total.backward()
        self.opt.step()
        return fit.item()


def charges(n, batch=4, turns=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        t = torch.rand(batch, turns, 2, generator=g)
        out.append((t, 0.02 + 0.05 * t[..., 0].mean(-1)))
    return out


if __name__ == "__main__":
    torch.manual_seed(0)
    cfg = Settings()
    trainer = SmoothTrainer(MoistureNet(cfg.hidden), cfg)
    for epoch in range(cfg.steps):
        fits = [trainer.step(t, m) for t, m in charges(2, seed=epoch)]
        print(f"epoch {epoch}: fit {sum(fits) / len(fits):.5f}")
