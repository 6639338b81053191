# expect: clean
"""Dock-worker shift planner: fine-tune per-berth forecasters on the latest manifests."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from quay import RunState, finetune_all, report

CONFIG = {
    "nets": {
        "cranes": {"arch": "gru", "hidden": 8},
        "berths": {"arch": "gru", "hidden": 8, "pretrained": True},
        "gangs": {"arch": "lstm", "hidden": 6},
    },
    "n_features": 4,
    "steps": 6,
    "lr": 5e-3,
    "frozen": ["berths"],
}

if __name__ == "__main__":
    torch.manual_seed(11)
    state = RunState.from_config(CONFIG)
    x = torch.randn(6, CONFIG["steps"], CONFIG["n_features"])
    y = x.sum((1, 2)).unsqueeze(-1) * 0.05
    losses = finetune_all(state, x, y, epochs=2)
    print({k: round(v, 4) for k, v in losses.items()})
    print(report(state, x))
