# expect: clean
"""Hostler tack wear: adversarially trained GRU on bridle-strain sequences (FGSM attacker object)."""
import argparse

import torch
from torch import nn


class TackNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


class FGSMAttacker:
    def __init__(self, model, eps):
        self.model = model.eval()
        self.eps = eps

    def __call__(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x)
        return (x + self.eps * g.sign()).detach()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--eps", type=float, default=0.05)
    args = ap.parse_args([])
    torch.manual_seed(0)
    model = TackNet()
    attacker = FGSMAttacker(model, args.eps)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x_all, y_all = torch.randn(16, 6, 2), torch.randint(0, 2, (16,))
    for epoch in range(args.epochs):
        for i in range(0, 16, 4):
            x, y = x_all[i:i + 4], y_all[i:i + 4]
            model.train()
            x_adv = attacker(x, y)
            loss = nn.functional.cross_entropy(model(torch.cat([x, x_adv])), torch.cat([y, y]))
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
