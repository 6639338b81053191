# expect: crash
"""Coracle race split times: keep the best model by validation, then fine-tune that copy on the final heats."""
import copy

import torch
from torch import nn


class SplitModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True, num_layers=2)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def heats(n, seed):
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
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(19)
    model = SplitModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    (xt, yt), (xv, yv) = heats(12, 0), heats(4, 1)
    best, best_loss = None, float("inf")
    for epoch in range(3):
        train_epoch(model, opt, xt, yt)
        v = validate(model, xv, yv)
        if v < best_loss:
            best, best_loss = copy.deepcopy(model), v
    print("best val", best_loss, "final-heat loss", finetune(best, *heats(4, 2)))
