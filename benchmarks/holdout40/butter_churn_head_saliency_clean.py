# expect: clean
"""Butter churners: predict when the butter 'breaks' from paddle torque traces.

A small explainer object is built around the trained model. It switches the model to eval in its
constructor and ranks the head's weights by the gradient of the break score with respect to them.
"""
import argparse

import torch
from torch import nn


class ChurnNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.proj = nn.Linear(2, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


class HeadRelevance:
    """Which head units matter for the break score?"""

    def __init__(self, model):
        self.model = model.eval()
        self.target = model.head.weight

    def explain(self, x):
        score = self.model(x).sum()
        (g,) = torch.autograd.grad(score, [self.target])
        return (g * self.target).abs().squeeze(0)


def torque_traces(batch, steps):
    t = torch.linspace(0, 1, steps)
    base = torch.stack([torch.sin(6 * t), t], -1)
    return base.expand(batch, steps, 2) + 0.05 * torch.randn(batch, steps, 2)


def train(model, epochs):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        x = torque_traces(6, 9)
        y = torch.rand(6) * 20
        loss = nn.functional.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--top", type=int, default=3)
    args = p.parse_args(argv)
    torch.manual_seed(2)
    model = ChurnNet()
    print("train loss", train(model, args.epochs))
    rel = HeadRelevance(model).explain(torque_traces(4, 9))
    print("top head units", rel.topk(args.top).indices.tolist())


if __name__ == "__main__":
    main()
