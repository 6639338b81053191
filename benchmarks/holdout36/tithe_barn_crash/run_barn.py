# expect: crash
"""Count tithe sheaves from threshing recordings, with self-distillation across epochs."""
import torch

from barn import CountingTask, SelfDistillation, SheafCounter


def recordings(n, batch=6, frames=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, frames, 4, generator=g), torch.randint(0, 5, (batch,), generator=g))
            for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(0)
    task = CountingTask(SheafCounter(), plugins=[SelfDistillation(weight=0.3)])
    task.fit(recordings(3), recordings(2, seed=8), epochs=3)
