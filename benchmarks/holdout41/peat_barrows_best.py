# expect: clean
"""Peat-barrow loads: keep the best weights by validation, then fine-tune a fresh model on the final bogs."""
import os
import tempfile

import torch
from torch import nn


class LoadModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True, num_layers=2)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def bogs(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, 6, 2, generator=g)
    return x, x.sum(1)[:, :1]


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def train_epoch(model, opt, x, y):
    model.train()
    for i in range(0, len(x), 4):
        loss = nn.functional.mse_loss(model(x[i:i + 4]), y[i:i + 4])
        opt.zero_grad()
        loss.backward()
        opt.step()


def finetune(model, x, y, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(20)
    model = LoadModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    (xt, yt), (xv, yv) = bogs(12, 0), bogs(4, 1)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    best_loss = float("inf")
    try:
        for epoch in range(3):
            train_epoch(model, opt, xt, yt)
            v = validate(model, xv, yv)
            if v < best_loss:
                best_loss = v
                torch.save(model.state_dict(), path)
        best = LoadModel()
        best.load_state_dict(torch.load(path))
    finally:
        os.remove(path)
    print("best val", best_loss, "final-bog loss", finetune(best, *bogs(4, 2)))
