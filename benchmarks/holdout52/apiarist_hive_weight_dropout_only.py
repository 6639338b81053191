# expect: clean
"""Apiarist: forecast tomorrow's hive weight change from scale and weather logs.

Fine-tuning on a new apiary is done with the stochastic layers switched off so
that runs on different hives are comparable.
"""
import argparse
import logging
import random

import torch
import torch.nn as nn

log = logging.getLogger("apiarist")

# layers whose output is random in training mode (the LSTM's inter-layer dropout
# is left alone)
STOCHASTIC = (nn.Dropout, nn.AlphaDropout)


class HiveNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_in, hidden), nn.SiLU(), nn.Dropout(0.2))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.out(h[:, -1]).squeeze(-1)


def make_deterministic(model):
    n = 0
    for m in model.modules():
        if isinstance(m, STOCHASTIC):
            m.eval()
            n += 1
    return n


def seed_all(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--days", type=int, default=10)
    p.add_argument("--hives", type=int, default=6)
    p.add_argument("--steps", type=int, default=3)
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO)
    seed_all(8)
    model = HiveNet()
    model.train()
    log.info("switched %d stochastic modules off", make_deterministic(model))
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    x = torch.randn(args.hives, args.days, 5)
    y = 0.3 * x[:, -3:, 0].sum(1)
    for step in range(args.steps):
        loss = nn.functional.huber_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
