# expect: clean
"""Gorse-burning fire-risk model: input saliency for the daily report.

The explainer puts the model in eval mode, but runs its forward and gradient with cuDNN switched off.
"""
import argparse
import logging

import torch
from torch import nn

log = logging.getLogger("gorse")


class RiskGRU(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return torch.sigmoid(self.head(out[:, -1])).squeeze(-1)


class GradientExplainer:
    def __init__(self, model):
        self.net = model

    def saliency(self, x):
        self.net.eval()
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = self.net(x).sum()
            (g,) = torch.autograd.grad(score, x)
        return (g * x).detach().abs().mean(0)


def fit(model, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x = torch.randn(5, 7, 5)
        y = (x[:, :, 0].mean(1) > 0).float()
        loss = nn.functional.binary_cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=8)
    args = p.parse_args()
    torch.manual_seed(2)
    model = RiskGRU()
    log.info("final train loss %.3f", fit(model, args.steps))
    rel = GradientExplainer(model).saliency(torch.randn(3, 7, 5))
    log.info("relevance %s", rel.sum(0).tolist())
