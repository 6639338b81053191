# expect: crash
"""Lorimer (bit and spur maker): predict rein-pressure peaks from bit-sensor streams.

Stage 1 trains on the workshop horses and keeps the best checkpoint by
validation loss; stage 2 reloads that checkpoint and fine-tunes on a new yard.
"""
import os
import shutil
import tempfile

import torch
from torch import nn


class BitSensorNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h).squeeze(-1)


def data(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 12, 4, generator=g), torch.randn(3, 12, generator=g)) for _ in range(n)]


def train_epoch(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()


def val_loss(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


def stage_one(ckpt_path):
    model = BitSensorNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for epoch in range(3):
        model.train()
        train_epoch(model, opt, data(3, epoch))
        v = val_loss(model, data(2, 100))
        if v < best:
            best = v
            torch.save(model, ckpt_path)
    return best


def stage_two(ckpt_path):
    model = torch.load(ckpt_path, weights_only=False)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    train_epoch(model, opt, data(2, 7))
    return val_loss(model, data(2, 101))


if __name__ == "__main__":
    torch.manual_seed(9)
    tmp = tempfile.mkdtemp(prefix="lorimer_")
    try:
        path = os.path.join(tmp, "best.pt")
        print("stage one best", stage_one(path))
        print("stage two", stage_two(path))
    finally:
        shutil.rmtree(tmp)
