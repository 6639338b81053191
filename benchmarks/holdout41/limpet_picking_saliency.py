# expect: crash
"""Limpet-picking shore survey: which tide readings drive the yield forecast?

An explainer object is built around the trained model and asked for input saliency.
"""
import argparse
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("limpets")


class ShoreLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1]).squeeze(-1)


class GradientExplainer:
    def __init__(self, model, baseline=0.0):
        self.net = model
        self.baseline = baseline

    def _prepare(self):
        # explanations must be deterministic: no dropout
        self.net.eval()

    def saliency(self, x):
        self._prepare()
        x = (x - self.baseline).clone().requires_grad_(True)
        score = self.net(x).sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        return g.abs().mean(0)


def train(model, steps, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for step in range(steps):
        x = torch.randn(6, 9, 4)
        y = x[:, :, 1].sum(1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 5 == 0:
            log.info("step %d loss %.3f", step, loss.item())


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--lr", type=float, default=1e-2)
    args = p.parse_args(argv)
    torch.manual_seed(1)
    model = ShoreLSTM()
    train(model, args.steps, args.lr)
    explainer = GradientExplainer(model)
    sal = explainer.saliency(torch.randn(4, 9, 4))
    log.info("saliency per step %s", [round(v, 3) for v in sal.mean(-1).tolist()])


if __name__ == "__main__":
    main()
