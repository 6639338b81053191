# expect: crash
"""Chip-timing finish predictor; relevance of each split logged after validation."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from marathon import Engine, GradTimesInput, PrintMetrics  # noqa: E402

CONFIG = {
    "model": {"cell": "gru", "hidden": 8},
    "optim": {"lr": 1e-2},
    "epochs": 2,
    "phases": ["train", "valid"],
}


def runners(n, batch=6, n_splits=8):
    data = []
    for _ in range(n):
        pace = torch.rand(batch, 1) + 4.0
        splits = torch.stack([pace.expand(-1, n_splits) + 0.1 * torch.randn(batch, n_splits),
                              torch.linspace(0, 1, n_splits).expand(batch, -1)], dim=-1)
        data.append((splits, splits[..., 0].sum(1) / 10))
    return data


if __name__ == "__main__":
    torch.manual_seed(14)
    relevance = GradTimesInput()
    engine = Engine(CONFIG, callbacks=[PrintMetrics(), relevance])
    engine.run({"train": runners(3), "valid": runners(1)})
    print("split relevance", [round(v, 3) for v in relevance.relevance[-1].tolist()])
