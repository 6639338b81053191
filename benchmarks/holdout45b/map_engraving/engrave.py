# expect: clean
"""Fit the burin-pressure model; compute pruning scores on a validation batch each epoch."""
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from engraving import ContourGRU, EngraverTrainer  # noqa: E402


def strokes(n, batch=4, length=9):
    data = []
    for _ in range(n):
        x = torch.randn(batch, length, 3)
        y = torch.sigmoid(x[..., 0] - x[..., 2])
        data.append((x, y))
    return data


if __name__ == "__main__":
    torch.manual_seed(13)
    trainer = EngraverTrainer(ContourGRU())
    scores = trainer.fit(strokes(3), strokes(2))
    top = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
    print("most salient tensors", [n for n, _ in top])
