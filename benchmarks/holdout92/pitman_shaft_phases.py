# expect: crash
"""Mine-shaft pump (pitman arm) vibration: predict bearing wear from accelerometer windows.

Batches come from a generator that owns the mode switches: it yields ("fit", batch) and, every few
batches, ("check", batch) for a quick held-out look.
"""
import argparse

import torch
from torch import nn


class PumpNet(nn.Module):
    def __init__(self, n_feat=3, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_feat, hidden, batch_first=True, nonlinearity="tanh")
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.reg(h[-1]).squeeze(-1)


def phases(model, train_batches, check_batches, check_every=2):
    model.train()
    checks = iter(check_batches)
    for i, batch in enumerate(train_batches, 1):
        yield "fit", batch
        if i % check_every == 0:
            model.eval()
            yield "check", next(checks)


def make(seed, n):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 10, 3, generator=g), torch.rand(4, generator=g)) for _ in range(n)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lr", type=float, default=1e-2)
    args = ap.parse_args()
    torch.manual_seed(0)
    model = PumpNet()
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    for phase, (x, y) in phases(model, make(1, 5), make(2, 3)):
        if phase == "check":
            with torch.no_grad():
                print("check mse", round(nn.functional.mse_loss(model(x), y).item(), 4))
            continue
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
