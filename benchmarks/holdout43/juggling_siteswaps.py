# expect: crash
"""Predict the next throw height in a siteswap juggling pattern from motion-capture frames.

Validation runs inside a small mode context manager; a plateau detector raised from inside
validation halves the learning rate and training goes on.
"""
import math
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F

HIDDEN = 10
EPOCHS = 4


class ThrowModel(nn.Module):
    def __init__(self, n_in=6, hidden=HIDDEN):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.height = nn.Linear(hidden, 1)

    def forward(self, frames):
        h, _ = self.rnn(frames)
        return self.height(h[:, -1]).squeeze(-1)


class Plateau(Exception):
    pass


class PlateauTracker:
    def __init__(self, min_delta):
        self.best = math.inf
        self.min_delta = min_delta

    def update(self, value):
        if self.best - value < self.min_delta and self.best < math.inf:
            raise Plateau(f"{value:.4f} did not beat {self.best:.4f} by {self.min_delta}")
        self.best = min(self.best, value)


@contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    yield model
    model.train(was_training)


def make_split(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(4, 7, 6, generator=g)
        out.append((x, x[:, :, 2].sum(dim=1)))
    return out


def train_epoch(model, opt, data):
    total = 0.0
    for x, y in data:
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total / len(data)


def validate(model, data, tracker):
    with evaluating(model), torch.no_grad():
        loss = sum(F.smooth_l1_loss(model(x), y).item() for x, y in data) / len(data)
        tracker.update(loss)
    return loss


def main():
    torch.manual_seed(0)
    model = ThrowModel()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    train_data, val_data = make_split(3, 0), make_split(2, 1)
    tracker = PlateauTracker(min_delta=5.0)
    model.train()
    for epoch in range(EPOCHS):
        tr = train_epoch(model, opt, train_data)
        try:
            va = validate(model, val_data, tracker)
        except Plateau as exc:
            for group in opt.param_groups:
                group["lr"] *= 0.5
            print(f"epoch {epoch}: plateau ({exc}); lr -> {opt.param_groups[0]['lr']:.2e}")
            continue
        print(f"epoch {epoch}: train {tr:.3f} val {va:.3f}")


if __name__ == "__main__":
    main()
