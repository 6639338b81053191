# expect: clean
"""Chandler wax-pour temperature model; validation is skipped when a metric fails."""
import logging

import torch
import torch.nn.functional as F

from chandler.model import PourNet
from chandler.modes import evaluating
from chandler.metrics import relative_error

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("chandler")


def validate(model, batches):
    with evaluating(model):
        errs = [relative_error(model(x), y) for x, y in batches]
    return sum(errs) / len(errs)


def main():
    torch.manual_seed(4)
    model = PourNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    train = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
    val = [(torch.randn(4, 6, 3), torch.zeros(4))]  # all-zero targets: the metric divides by zero
    for epoch in range(2):
        for x, y in train:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()
            opt.step()
        try:
            print("val", validate(model, val))
        except ZeroDivisionError:
            log.warning("epoch %d: validation metric undefined", epoch)


if __name__ == "__main__":
    main()
