# expect: clean
"""Ferry timetabling: forecast crossing delay (minutes) from recent sailings."""
import logging

import torch

from ferrysched.framework import Trainer, PrintMetrics
from ferrysched.tasks import CrossingDelayTask

logging.basicConfig(level=logging.WARNING)


def sailings(n_batches, batch=4, steps=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, steps, 3, generator=g)
        y = x[:, -1, :1] * 0.5 + 0.1 * torch.randn(batch, 1, generator=g)
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(11)
    task = CrossingDelayTask(hidden=12)
    trainer = Trainer(max_steps=8, val_check_interval=3, callbacks=[PrintMetrics(every=4)])
    trainer.fit(task, train_loader=sailings(5), val_loader=sailings(2, seed=7))
    print("done at step", trainer.global_step)
