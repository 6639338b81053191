# expect: crash
"""An artifact store saves whole modules under `os.path.join(root, name + ".pt")` and loads them back from a
URI it splits (`f"{root}::{name}"`): the two paths are different expressions for one file. The model is
validated (eval) before it is stored, so the reloaded copy is in eval mode when fine-tuning trains it."""
import os
import tempfile

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def store(model, root, name):
    torch.save(model, os.path.join(root, name + ".pt"))
    return f"{root}::{name}"


def fetch(uri):
    root, name = uri.split("::")
    return torch.load(os.path.join(root, f"{name}.pt"), weights_only=False)


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return float(nn.functional.mse_loss(model(x), y))


def finetune(model, x, y, steps=2):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()


def main(root):
    x, y = torch.randn(5, 7, 2), torch.randn(5)
    model = Forecaster()
    print("val", validate(model, x, y))
    uri = store(model, root, "forecaster")
    finetune(fetch(uri), x, y)


with tempfile.TemporaryDirectory() as root:
    main(root)
