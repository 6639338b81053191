# expect: crash
"""Escapement wear estimation for a clock-repair workshop.

Each clock is logged as a sequence of beat intervals from an acoustic timer; an LSTM
regresses the remaining service interval. Validation runs under a small class-based
context manager that is supposed to put the model back into its previous mode.
"""
import math
import random

import torch
from torch import nn


class evaluating:
    """`with evaluating(model):` -> eval mode inside, previous mode restored on exit."""

    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.module.eval()
        self.prev = self.module.training
        return self.module

    def __exit__(self, exc_type, exc, tb):
        self.module.train(self.prev)
        return False


class BeatLSTM(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, beats):
        h, _ = self.lstm(beats)
        return self.out(h.mean(1)).squeeze(-1)


def beat_batch(n=6, length=12):
    # tick/tock intervals; worn escapements drift apart
    wear = torch.rand(n)
    t = torch.arange(length).float()
    tick = 0.5 + 0.05 * wear[:, None] * torch.sin(t[None] / 3)
    tock = 0.5 - 0.05 * wear[:, None] * torch.cos(t[None] / 3)
    beats = torch.stack([tick, tock], -1) + 0.01 * torch.randn(n, length, 2)
    return beats, 24.0 * (1 - wear)


def main():
    random.seed(0)
    torch.manual_seed(0)
    model = BeatLSTM()
    opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
    val = [beat_batch() for _ in range(2)]
    for epoch in range(3):
        for step in range(4):
            beats, months = beat_batch()
            loss = nn.functional.smooth_l1_loss(model(beats), months)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        with evaluating(model), torch.no_grad():
            mae = sum(float((model(b) - m).abs().mean()) for b, m in val) / len(val)
        print(f"epoch {epoch}: val MAE {mae:.2f} months (rmse-ish {math.sqrt(mae):.2f})")


if __name__ == "__main__":
    main()
