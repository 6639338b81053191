# expect: clean
"""Chandler wick burn-time forecasting with an evaluation decorator from a utils package."""
import logging

import torch

from chandler.model import BurnRNN
from chandler.utils import evaluating, log_every

logging.basicConfig(level=logging.WARNING)


@evaluating
def validation_loss(model, x, y):
    with torch.no_grad():
        return torch.nn.functional.l1_loss(model(x), y).item()


@log_every(2)
def train_step(model, opt, x, y):
    opt.zero_grad()
    loss = torch.nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    model = BurnRNN()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    xs, ys = torch.randn(8, 6, 2), torch.randn(8, 1)
    for step in range(4):
        if step % 2 == 1:
            print("val", validation_loss(model, xs[:4], ys[:4]))
        train_step(model, opt, xs[4:], ys[4:])
    print("finished")


if __name__ == "__main__":
    main()
