# expect: clean
"""Mushroom farm humidity: dataclass config turned into a dict; a warm-up evaluation before training."""
from dataclasses import asdict, dataclass

import torch
from torch import nn


@dataclass
class Config:
    hidden: int = 8
    lr: float = 1e-2
    epochs: int = 2
    eval_first: bool = True


def build(hidden, **_):
    return nn.ModuleDict({"gru": nn.GRU(3, hidden, batch_first=True), "fc": nn.Linear(hidden, 1)})


def predict(m, x):
    return m["fc"](m["gru"](x)[0][:, -1])


def train(model, x, y, lr, epochs, eval_first, **_):
    if eval_first:
        model.train(False)
        with torch.no_grad():
            print("warm-up mse", nn.functional.mse_loss(predict(model, x), y).item())
    model.train(True)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        loss = nn.functional.mse_loss(predict(model, x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


cfg = asdict(Config())
model = build(**cfg)
print(train(model, torch.randn(4, 6, 3), torch.randn(4, 1), **cfg))
