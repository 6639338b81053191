# expect: clean
"""A phase table of callables built with functools.partial: run_phase(model, loader, train=...) calls
model.train(train) before its forward, so the eval phase never leaks into the next training phase."""
from functools import partial

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.RNN(4, 8, nonlinearity="relu", batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.body(x)[0][:, -1]).squeeze(-1)


def run_phase(model, loader, optimizer=None, *, train):
    model.train(train)
    total = 0.0
    ctx = torch.enable_grad() if train else torch.no_grad()
    with ctx:
        for x, y in loader:
            loss = nn.functional.mse_loss(model(x), y)
            if train:
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            total += loss.item()
    return total / len(loader)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loaders = {k: [(torch.randn(3, 5, 4), torch.randn(3)) for _ in range(2)] for k in ("train", "val")}
    phases = {
        "val": partial(run_phase, train=False),
        "train": partial(run_phase, optimizer=optimizer, train=True),
    }
    schedule = ["val", "train", "val", "train"]
    for epoch, name in enumerate(schedule):
        print(epoch, name, phases[name](model, loaders[name]))
