# expect: clean
"""Barometric pressure nowcasting: 12 hourly readings -> pressure tendency class (falling/steady/rising)."""
import torch

from framework import Runner, SaliencyLogger, EpochPrinter
from task import PressureTask


def loaders(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(16, 12, 2, generator=g)
    y = (x[:, -3:, 0].sum(dim=1) > 0).long() + (x[:, -3:, 0].sum(dim=1) > 1).long()
    return [(x[i:i + 4], y[i:i + 4]) for i in range(0, 16, 4)]


if __name__ == "__main__":
    torch.manual_seed(1)
    task = PressureTask(hidden=12)
    runner = Runner(max_epochs=2, callbacks=[EpochPrinter(), SaliencyLogger(every=1)])
    runner.fit(task, loaders(0), loaders(1))
