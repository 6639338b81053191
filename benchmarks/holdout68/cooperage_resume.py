# expect: crash
"""Barrel-stave moisture model: stage 1 trains and exports, stage 2 (another 'job') resumes from the export."""
import os
import tempfile

import torch
from torch import nn


class StaveNet(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h).squeeze(-1)


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 6, 3, generator=g), torch.randn(3, 6, generator=g)) for _ in range(n)]


def stage_one(path):
    model = StaveNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches(3, 0):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        score = sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches(1, 1))
    torch.save(model, path)
    return score


def stage_two(path):
    model = torch.load(path, weights_only=False)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for x, y in batches(2, 2):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(13)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        print("stage one", stage_one(path))
        print("stage two", stage_two(path))
    finally:
        os.remove(path)
