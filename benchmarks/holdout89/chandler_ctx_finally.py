# expect: clean
"""Tallow-candle burn-time regression; a validation helper switches modes with a @contextmanager."""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("chandler")


class BurnRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o.mean(1)).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def validate(model, x, y):
    with evaluating(model), torch.no_grad():
        pred = model(x)
        if torch.isnan(pred).any() or pred.abs().max() > 0.0:
            raise FloatingPointError("prediction out of calibrated range")
        return nn.functional.mse_loss(pred, y).item()


def main():
    torch.manual_seed(5)
    model = BurnRNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 9, 3), torch.rand(6)
    vx, vy = torch.randn(4, 9, 3), torch.rand(4)
    model.train()
    for epoch in range(3):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        try:
            log.info("epoch %d val %.4f", epoch, validate(model, vx, vy))
        except FloatingPointError as err:
            log.warning("epoch %d validation skipped: %s", epoch, err)


if __name__ == "__main__":
    main()
