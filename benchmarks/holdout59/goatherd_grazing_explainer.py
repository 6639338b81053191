# expect: crash
"""Goatherd: classify grazing / browsing / resting from collar GPS + accelerometer windows,
then explain a few predictions with gradient x input for the herd report.
"""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("goatherd")
BEHAVIOURS = ("grazing", "browsing", "resting")


class CollarLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=12, n_out=len(BEHAVIOURS)):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        return self.out(h[:, -1])


class GradientXInput:
    """Attribution helper that owns the model it explains."""

    def __init__(self, model):
        self.model = model.eval()

    def attribute(self, x, target):
        x = x.detach().clone().requires_grad_(True)
        score = self.model(x).gather(1, target[:, None]).sum()
        score.backward()  # TM001-here
        return (x.grad * x).detach()


def collar_windows(n, length=10):
    x = torch.randn(n, length, 5)
    y = (x[:, :, 0].mean(1) > 0).long() + (x[:, :, 1].mean(1) > 0.3).long()
    return x, y


def train(model, x, y, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for epoch in range(epochs):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        log.info("epoch %d loss %.4f", epoch, loss.item())
    return model


def herd_report(explainer, x, y, k=3):
    attr = explainer.attribute(x[:k], y[:k])
    per_feature = attr.abs().mean((0, 1))
    names = ["lat", "lon", "ax", "ay", "az"]
    return sorted(zip(names, per_feature.tolist()), key=lambda t: -t[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-2)
    args = parser.parse_args()
    torch.manual_seed(11)
    x, y = collar_windows(16)
    model = train(CollarLSTM(), x, y, args.epochs, args.lr)
    explainer = GradientXInput(model)
    for name, score in herd_report(explainer, x, y):
        print(f"{name:>4s} {score:.4f}")


if __name__ == "__main__":
    main()
