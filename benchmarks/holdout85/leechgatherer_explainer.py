# expect: crash
"""Leech gatherer: classify pond water quality from a sequence of probe readings and
log a gradient*input relevance map per epoch through an explainer that holds the model."""
import argparse

import torch
from torch import nn


class PondNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.RNN(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.cls(h.mean(1))


class GradTimesInput:
    """Explainer built around a model; explanations are computed in eval mode."""

    def __init__(self, model):
        self.model = model

    def _relevance(self, x, target):
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, target[:, None]).sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        return (g * x).detach()

    def explain(self, x, target):
        was = self.model.training
        self.model.eval()
        try:
            return self._relevance(x, target)
        finally:
            self.model.train(was)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    model = PondNet()
    helpers = {"relevance": GradTimesInput(model)}
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(6, 5, 4)
    y = torch.randint(0, 2, (6,))
    for epoch in range(args.epochs):
        model.train()
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        rel = helpers["relevance"].explain(x[:2], y[:2])
        print(f"epoch {epoch} loss {loss.item():.4f} relevance {rel.abs().sum().item():.4f}")


if __name__ == "__main__":
    main([])
