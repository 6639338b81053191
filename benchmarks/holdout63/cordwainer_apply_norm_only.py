# expect: clean
"""Cordwainer last fitting: predict shoe-last size class from insole pressure sweeps.

Small batches make BatchNorm statistics noisy, so after a warm-up epoch the
normalisation and dropout layers are frozen with `model.apply(...)`.
"""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("cordwainer")

FROZEN_TYPES = (nn.BatchNorm1d, nn.Dropout)


class LastFitter(nn.Module):
    def __init__(self, sensors=6, hidden=12, sizes=5):
        super().__init__()
        self.bn = nn.BatchNorm1d(sensors)
        self.lstm = nn.LSTM(sensors, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(hidden, sizes)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1]))


def freeze_stochastic(module):
    if isinstance(module, FROZEN_TYPES):
        module.eval()


def epoch(model, opt, batches):
    total = 0.0
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    model = LastFitter()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    batches = [(torch.randn(4, 10, 6), torch.randint(0, 5, (4,))) for _ in range(3)]
    model.train()
    for ep in range(args.epochs):
        if ep == args.warmup:
            model.apply(freeze_stochastic)
            log.info("froze stochastic layers")
        log.info("epoch %d loss %.4f", ep, epoch(model, opt, batches))


if __name__ == "__main__":
    main()
