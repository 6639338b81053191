# expect: clean
"""Acrobat routine scorer: a GRU grades trapeze sensor streams.

Validation runs inside an `evaluating()` context manager built with
@contextmanager (restoring in a finally block).  A validation pass that finds the routine too short raises
a small control-flow exception which the loop catches.
"""
import contextlib
import logging

import torch
import torch.nn as nn

log = logging.getLogger("acrobat")
torch.manual_seed(0)


class ShortRoutine(Exception):
    pass


class RoutineScorer(nn.Module):
    def __init__(self, n_sensors=6, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_sensors, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.inp(x)))
        return self.out(h[:, -1]).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def validate(model, xs, ys, min_len=8):
    with torch.no_grad(), evaluating(model):
        if xs.shape[1] < min_len:
            raise ShortRoutine(xs.shape[1])
        return nn.functional.mse_loss(model(xs), ys).item()


def main():
    model = RoutineScorer()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_x, train_y = torch.randn(8, 10, 6), torch.randn(8)
    val_x, val_y = torch.randn(4, 5, 6), torch.randn(4)
    for epoch in range(3):
        model.train()
        for i in range(0, 8, 4):
            loss = nn.functional.mse_loss(model(train_x[i:i + 4]), train_y[i:i + 4])
            opt.zero_grad()
            loss.backward()
            opt.step()
        try:
            v = validate(model, val_x, val_y)
            log.info("epoch %d val %.3f", epoch, v)
        except ShortRoutine as e:
            log.info("epoch %d: validation routine too short (%s)", epoch, e)
        # a quick extra step on the hardest routine before next epoch
        hard = model(train_x[:2])
        opt.zero_grad()
        nn.functional.mse_loss(hard, train_y[:2]).backward()
        opt.step()
    print("done")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
