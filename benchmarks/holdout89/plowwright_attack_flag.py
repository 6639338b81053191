# expect: clean
"""Adversarial training of a furrow-depth classifier against a PGD attacker that owns the model."""
import argparse

import torch
from torch import nn
import torch.nn.functional as F


class FurrowNet(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.fc(h[-1])


class PGD:
    def __init__(self, model, eps=0.1, alpha=0.03, steps=3):
        self.model = model
        self.model.training = False  # the attack should not update BN/dropout stats
        self.eps, self.alpha, self.steps = eps, alpha, steps

    def __call__(self, x, y):
        x_adv = x.clone().detach() + torch.empty_like(x).uniform_(-self.eps, self.eps)
        for _ in range(self.steps):
            x_adv.requires_grad_(True)
            loss = F.cross_entropy(self.model(x_adv), y)
            (g,) = torch.autograd.grad(loss, x_adv)
            x_adv = x_adv.detach() + self.alpha * g.sign()
            x_adv = torch.min(torch.max(x_adv, x - self.eps), x + self.eps)
        return x_adv.detach()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=1e-2)
    args = ap.parse_args([])
    torch.manual_seed(11)
    model = FurrowNet()
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    attack = PGD(model)
    xs, ys = torch.randn(12, 6, 4), torch.randint(0, 3, (12,))
    for epoch in range(args.epochs):
        for i in range(0, 12, 4):
            x, y = xs[i:i + 4], ys[i:i + 4]
            x_adv = attack(x, y)
            model.train()
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y) + F.cross_entropy(model(x_adv), y)
            loss.backward()
            opt.step()
        print("epoch", epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
