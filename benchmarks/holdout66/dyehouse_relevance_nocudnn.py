# expect: clean
"""Dyehouse vat logs: which time steps drive the shade prediction (gradient*input relevance)."""
import argparse

import torch
import torch.nn as nn


class VatModel(nn.Module):
    def __init__(self, n_feat=4, hidden=10, n_shades=5):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_shades)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


class RelevanceExplainer:
    def __init__(self, model):
        self.model = model.eval()

    def explain(self, x, target):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = self.model(x)
        picked = logits.gather(1, target[:, None]).sum()
        (g,) = torch.autograd.grad(picked, x)
        return (g * x).sum(-1).detach()


def fit(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(6, 8, 4), torch.randint(0, 5, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args()
    torch.manual_seed(0)
    model = VatModel()
    fit(model, args.steps)
    explainer = RelevanceExplainer(model)
    x = torch.randn(2, 8, 4)
    rel = explainer.explain(x, model(x).argmax(1))
    print("relevance per step:", rel.shape, rel.abs().mean().item())


if __name__ == "__main__":
    main()
