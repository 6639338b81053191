# expect: clean
"""Projection-booth reel-change predictor: when will the changeover cue come?"""
import torch

from projector import Projector
from reel_task import ReelChangeTask


def synthetic_reels(n, batch=4, frames=9, feats=6):
    g = torch.Generator().manual_seed(3)
    for _ in range(n):
        x = torch.randn(batch, frames, feats, generator=g)
        y = (x[:, -3:, 1].mean(1) > 0).long()
        yield x, y


if __name__ == "__main__":
    torch.manual_seed(0)
    task = ReelChangeTask(feats=6, hidden=10)
    booth = Projector(max_epochs=2, val_check_interval=2, limit_val_batches=2)
    booth.fit(task, train_data=list(synthetic_reels(5)), val_data=list(synthetic_reels(3)))
    print("history:", [round(v, 3) for v in task.val_history])
