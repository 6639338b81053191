# expect: crash
"""Withy-bed rod growth: predict next week's rod length gain from daily weather.

A season model is either trained from scratch or warm-started from last
season's exported model (the whole pickled module, as the cutting crew's
dashboard loads it).
"""
import argparse
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class WithyNet(nn.Module):
    def __init__(self, n_weather=4, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_weather, hidden, batch_first=True, nonlinearity="tanh")
        self.gain = nn.Linear(hidden, 1)

    def forward(self, days):
        out, _ = self.rnn(days)
        return F.softplus(self.gain(out[:, -1])).squeeze(-1)


def weather(batch=5, days=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, days, 4, generator=g)
    return x, (x[:, :, 0].clamp(min=0).mean(1) + 0.1 * x[:, :, 2].mean(1)).abs()


def export_last_season(path):
    """What last season's pipeline left behind: a whole module, exported after validation."""
    model = WithyNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for seed in range(3):
        x, y = weather(seed=seed)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    torch.save(model, path)


def load_pretrained(path):
    return torch.load(path, weights_only=False)


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--from-scratch", action="store_true")
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--lr", type=float, default=0.02)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    torch.manual_seed(0)
    workdir = tempfile.mkdtemp(prefix="withy_")
    path = os.path.join(workdir, "last_season.pt")
    try:
        export_last_season(path)
        model = WithyNet() if args.from_scratch else load_pretrained(path)
        opt = torch.optim.SGD(model.parameters(), lr=args.lr)
        for epoch in range(args.epochs):
            total = 0.0
            for seed in range(10, 13):
                x, y = weather(seed=seed + epoch)
                loss = F.mse_loss(model(x), y)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
                total += loss.item()
            print(f"epoch {epoch}: mean loss {total / 3:.4f}")
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
