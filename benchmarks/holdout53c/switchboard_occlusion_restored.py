# expect: clean
"""Switchboard call-routing classifier with an occlusion explainer logged every epoch.

Each call is a short sequence of line-state features; the model predicts which operator desk gets it.
"""
import argparse
import logging

import torch
from torch import nn

log = logging.getLogger("switchboard")


class RouteNet(nn.Module):
    def __init__(self, n_in=6, hidden=12, desks=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, desks)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.proj(x)))
        return self.out(h.mean(1))


class OcclusionExplainer:
    """Slides a zero window over time and records the drop in the predicted desk's score."""

    def __init__(self, model, window=2):
        # explanations must be deterministic, so explain() pins the model to inference mode
        self.model = model
        self.window = window

    @torch.no_grad()
    def explain(self, x):
        was_training = self.model.training
        self.model.eval()
        try:
            return self._explain(x)
        finally:
            self.model.train(was_training)

    def _explain(self, x):
        base = self.model(x).softmax(-1)
        target = base.argmax(-1, keepdim=True)
        ref = base.gather(1, target)
        drops = []
        for t in range(0, x.shape[1] - self.window + 1):
            xo = x.clone()
            xo[:, t:t + self.window] = 0
            drops.append((ref - self.model(xo).softmax(-1).gather(1, target)).mean().item())
        return drops


def make_calls(n, steps=8, n_in=6, desks=3):
    x = torch.randn(n, steps, n_in)
    y = (x[:, :, :desks].sum(1)).argmax(-1)
    return x, y


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-2)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(1)

    model = RouteNet()
    explainer = OcclusionExplainer(model)
    x, y = make_calls(16)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    crit = nn.CrossEntropyLoss()
    for epoch in range(args.epochs):
        for i in range(0, len(x), args.batch):
            xb, yb = x[i:i + args.batch], y[i:i + args.batch]
            opt.zero_grad()
            loss = crit(model(xb), yb)
            loss.backward()
            opt.step()
        drops = explainer.explain(x[:2])
        log.info("epoch %d loss %.3f most important window %d", epoch, loss.item(), max(range(len(drops)), key=drops.__getitem__))


if __name__ == "__main__":
    main([])
