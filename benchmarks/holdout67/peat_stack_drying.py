# expect: crash
"""Peat-stack drying curves: validation inside a @contextmanager that restores the mode."""
import logging
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("peat")


class DryingModel(nn.Module):
    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h).squeeze(-1)


@contextmanager
def evaluating(model):
    model.eval()
    was_training = model.training
    try:
        yield model
    finally:
        model.train(was_training)


def validate(model, batches):
    with evaluating(model), torch.no_grad():
        return sum(F.mse_loss(model(x), y).item() for x, y in batches) / len(batches)


def main():
    torch.manual_seed(5)
    model = DryingModel()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    data = [(torch.randn(3, 8, 2), torch.randn(3, 8)) for _ in range(4)]
    val = data[:1]
    for epoch in range(2):
        for x, y in data:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        log.warning("epoch %d val %.4f", epoch, validate(model, val))
    print("done")


if __name__ == "__main__":
    main()
