# expect: crash
"""Cartographer: predict the next contour elevation along a surveyed transect.

Stage 1 trains with per-epoch validation and keeps the best checkpoint on disk.
Stage 2 reloads the best checkpoint and continues training on newly surveyed transects.
"""
import os
import shutil
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class ContourRNN(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


def transects(n, length=10):
    x = torch.randn(n, length, 3).cumsum(1) * 0.2
    return x, x[..., 2].roll(-1, dims=1)


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return F.mse_loss(model(data[0]), data[1]).item()


def step(model, opt, data):
    opt.zero_grad()
    loss = F.mse_loss(model(data[0]), data[1])
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def stage_one(model, train, val, ckpt_dir, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    path = os.path.join(ckpt_dir, "best.pt")
    for epoch in range(epochs):
        model.train()
        step(model, opt, train)
        score = evaluate(model, val)
        if score < best:
            best = score
            torch.save(model, path)
    return path, best


def load_best(path):
    return torch.load(path, weights_only=False)


def stage_two(model, new_data, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    return [step(model, opt, new_data) for _ in range(steps)]


def main():
    torch.manual_seed(13)
    ckpt_dir = tempfile.mkdtemp(prefix="contour_")
    try:
        model = ContourRNN()
        path, best = stage_one(model, transects(12), transects(4), ckpt_dir)
        print("stage one best val mse %.4f" % best)
        model = load_best(path)
        print("stage two losses", [round(v, 4) for v in stage_two(model, transects(6))])
    finally:
        shutil.rmtree(ckpt_dir)


if __name__ == "__main__":
    main()
