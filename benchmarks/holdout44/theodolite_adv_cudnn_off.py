# expect: clean
"""Theodolite angle correction: adversarially robust GRU regressor on noisy survey sweeps.

The attacker is built with the model and is reached through the survey toolkit.
"""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("theodolite")


class SweepNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h.mean(1)).squeeze(-1)


class InputAttacker:
    """One-step sign attack on the sweep readings."""

    def __init__(self, model, eps=0.05):
        self.model = model
        self.eps = eps

    def perturb(self, x, y):
        was_training = self.model.training
        self.model.eval()
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.mse_loss(self.model(x), y)
            (g,) = torch.autograd.grad(loss, x)
        self.model.train(was_training)
        return (x + self.eps * g.sign()).detach()


class Toolkit:
    def __init__(self, model, eps):
        self.attacker = InputAttacker(model, eps)


class Survey:
    def __init__(self, cfg):
        self.model = SweepNet(cfg.n_in, cfg.hidden)
        self.toolkit = Toolkit(self.model, cfg.eps)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=cfg.lr)


def sweeps(n, batch, steps, n_in):
    for _ in range(n):
        x = torch.randn(batch, steps, n_in)
        yield x, x[..., 0].mean(1)


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--n-in", type=int, default=3)
    p.add_argument("--hidden", type=int, default=8)
    p.add_argument("--eps", type=float, default=0.05)
    p.add_argument("--lr", type=float, default=1e-2)
    p.add_argument("--epochs", type=int, default=2)
    cfg = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(2)
    survey = Survey(cfg)
    survey.model.train()
    for epoch in range(cfg.epochs):
        total = 0.0
        for x, y in sweeps(3, 4, 5, cfg.n_in):
            x_adv = survey.toolkit.attacker.perturb(x, y)
            loss = 0.5 * F.mse_loss(survey.model(x), y) + 0.5 * F.mse_loss(survey.model(x_adv), y)
            survey.opt.zero_grad()
            loss.backward()
            survey.opt.step()
            total += loss.item()
        log.info("epoch %d robust loss %.4f", epoch, total / 3)


if __name__ == "__main__":
    main([])
