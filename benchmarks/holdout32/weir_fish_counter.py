# expect: crash
"""Weir fish counter: count salmon passing a river weir from resistivity-
counter pulse sequences. Validation runs inside the epoch and is supposed to
leave the model in whatever mode it found it.
"""
import argparse
import logging

import torch
import torch.nn as nn

log = logging.getLogger("weir")


class PulseCounter(nn.Module):
    def __init__(self, channels=2, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(channels, hidden, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, pulses):
        feats = torch.relu(self.conv(pulses.transpose(1, 2))).transpose(1, 2)
        seq, _ = self.lstm(feats)
        return nn.functional.softplus(self.rate(seq).squeeze(-1)).sum(1)


def pulses(n, length=10, channels=2):
    x = torch.randn(n, length, channels)
    return x, (x[:, :, 0] > 1.0).float().sum(1)


def validate(model, batch):
    model.eval()
    restore = model.training
    try:
        with torch.no_grad():
            x, y = batch
            return (model(x) - y).abs().mean().item()
    finally:
        model.train(restore)


def train(model, epochs, val_every):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    val_batch = pulses(4)
    model.train()
    for epoch in range(epochs):
        for it in range(4):
            x, y = pulses(4)
            loss = nn.functional.poisson_nll_loss(model(x), y, log_input=False)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            if (it + 1) % val_every == 0:
                log.info("epoch %d it %d val MAE %.3f", epoch, it, validate(model, val_batch))
        print(f"epoch {epoch} loss {loss.item():.4f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--val-every", type=int, default=2)
    args = ap.parse_args([])
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(14)
    train(PulseCounter(), args.epochs, args.val_every)


if __name__ == "__main__":
    main()
