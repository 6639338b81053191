# expect: crash
"""Glass-eel migration: predict the nightly catch at an estuary trap from
tide height, water temperature and moon phase sequences.

`--no-dropout` is meant for quick ablations without dropout noise.
"""
import argparse
import logging
import math

import torch
import torch.nn as nn

log = logging.getLogger("glasseel")


class EelNet(nn.Module):
    def __init__(self, hidden, dropout):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, dropout=dropout, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(self.drop(seq[:, -1])).squeeze(-1)


def nights(n, length):
    t = torch.arange(length).float()
    tide = torch.sin(t / 2 + torch.rand(n, 1) * math.pi)
    temp = 8 + torch.randn(n, length) * 0.5
    moon = torch.cos(t / 7 + torch.rand(n, 1))
    x = torch.stack([tide, (temp - 8), moon], -1)
    return x, torch.relu(tide[:, -3:].mean(1) + 0.3 * (temp[:, -1] - 8) - moon[:, -1] * 0.2)


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--no-dropout", action="store_true")
    return ap.parse_args(["--no-dropout"])


def main():
    args = parse()
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(36)
    model = EelNet(args.hidden, args.dropout)
    model.train(not args.no_dropout)
    log.info("dropout active: %s", model.training)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    x, y = nights(12, 10)
    for epoch in range(args.epochs):
        for i in range(0, 12, 4):
            loss = nn.functional.mse_loss(model(x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
