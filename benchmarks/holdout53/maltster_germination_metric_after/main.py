# expect: clean
"""Maltster: germination-rate regression from kiln sensor logs; per-batch accuracy from predict()."""
import torch

from maltster.runner import GerminationRunner


if __name__ == "__main__":
    torch.manual_seed(7)
    runner = GerminationRunner(feats=3, hidden=8)
    for epoch in range(2):
        stats = [runner.fit_batch(torch.randn(4, 9, 3), torch.rand(4, 1)) for _ in range(3)]
        print(epoch, sum(s["loss"] for s in stats) / len(stats))
