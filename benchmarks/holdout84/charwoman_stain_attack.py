# expect: crash
"""Charwoman: a stain-type classifier over spectrometer sweeps, hardened by
a PGD-style attacker that holds the model it attacks."""
import argparse

import torch
from torch import nn
import torch.nn.functional as F


class StainNet(nn.Module):
    def __init__(self, bands=6, hidden=10, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(bands, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return self.fc(h[-1])


class SweepAttacker:
    """Holds the model; prepares it for attacking when it is built."""

    def __init__(self, model, eps=0.1, steps=2):
        self.model = model
        self.eps = eps
        self.steps = steps
        self.model.eval()

    def perturb(self, x, y):
        delta = torch.zeros_like(x, requires_grad=True)
        for _ in range(self.steps):
            loss = F.cross_entropy(self.model(x + delta), y)
            loss.backward()  # TM001-here
            with torch.no_grad():
                delta += self.eps * delta.grad.sign()
                delta.clamp_(-self.eps, self.eps)
            delta.grad.zero_()
        return (x + delta).detach()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args([])
    torch.manual_seed(1)
    model = StainNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    attacker = SweepAttacker(model)
    for epoch in range(args.epochs):
        x = torch.randn(4, 7, 6)
        y = torch.randint(0, 3, (4,))
        x_adv = attacker.perturb(x, y)
        model.train()
        opt.zero_grad()
        loss = F.cross_entropy(model(x_adv), y)
        loss.backward()
        opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
