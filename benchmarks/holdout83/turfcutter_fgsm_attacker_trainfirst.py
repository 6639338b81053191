# expect: clean
"""Turf-cutter moisture sequences: adversarial training with an attacker object that owns the victim model."""
import argparse

import torch
import torch.nn as nn


class PeatNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.reg(h[:, -1]).squeeze(-1)


class FGSM:
    def __init__(self, model, eps):
        self.model = model
        self.eps = eps

    @classmethod
    def for_inference(cls, model, eps=0.05):
        # the attack is meant to run on a deterministic model
        return cls(model.eval(), eps)

    def perturb(self, x, y):
        x = x.detach().clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=True):
            loss = nn.functional.mse_loss(self.model(x), y)
        (gx,) = torch.autograd.grad(loss, x)
        return (x + self.eps * gx.sign()).detach()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--eps", type=float, default=0.05)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    model = PeatNet()
    attacker = FGSM.for_inference(model, args.eps)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(args.steps):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        model.train()
        x_adv = attacker.perturb(x, y)
        loss = nn.functional.mse_loss(model(torch.cat([x, x_adv])), torch.cat([y, y]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main([])
