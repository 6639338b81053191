# expect: clean
"""Tide-gauge gap filling: a generator owns the mode, eval for the validation batches, then train for the
training ones, yielding `(phase, *batch)` tuples; the consumer only back-propagates on "train". The engine once
read no phase out of a yielded tuple with a star and ran the backward in the eval phase too."""
import torch
import torch.nn.functional as F
from torch import nn


class GapFiller(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def _batch(g):
    return torch.randn(4, 7, 3, generator=g), torch.randn(4, generator=g)


def tide_batches(model, n_train, n_val, seed=0):
    g = torch.Generator().manual_seed(seed)
    model.eval()
    for _ in range(n_val):
        yield ("val", *_batch(g))
    model.train()
    for _ in range(n_train):
        yield ("train", *_batch(g))


def fit(model, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for epoch in range(epochs):
        for phase, x, y in tide_batches(model, n_train=2, n_val=1, seed=epoch):
            if phase == "val":
                with torch.no_grad():
                    F.mse_loss(model(x), y)
                continue
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    torch.manual_seed(2)
    fit(GapFiller())
