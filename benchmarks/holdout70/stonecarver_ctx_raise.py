# expect: crash
"""Stonecarver chisel-wear forecaster: validation under a mode context manager that skips an empty batch."""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("stonecarver")


class EmptyBatch(Exception):
    pass


class ChiselNet(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    yield model
    model.train(was)


def validate(model, batches):
    total = 0.0
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            if x.shape[0] == 0:
                raise EmptyBatch("empty validation shard")
            total += nn.functional.mse_loss(model(x), y).item()
    return total / max(len(batches), 1)


def main():
    torch.manual_seed(0)
    model = ChiselNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    val = [(torch.randn(3, 5, 4), torch.randn(3)), (torch.randn(0, 5, 4), torch.randn(0))]
    for step in range(3):
        x, y = torch.randn(4, 5, 4), torch.randn(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        try:
            score = validate(model, val)
        except EmptyBatch as err:
            log.warning("validation skipped: %s", err)
            score = float("nan")
        log.info("step %d val %.3f", step, score)
    print("done")


if __name__ == "__main__":
    main()
