# expect: crash
"""Bobsled run split times: GRU over sensor frames, evaluation every few batches through a context helper."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import torch  # noqa: E402

from bobsled import SledGRU, SplitLoop  # noqa: E402

CONFIG = {"hidden": 6, "frames": 5, "runs": 8, "bs": 2, "epochs": 2, "eval_every": 3, "lr": 3e-3}


def load_runs(cfg):
    frames = torch.randn(cfg["runs"], cfg["frames"], 3)
    splits = frames.pow(2).sum(-1).cumsum(-1)[:, -1:] * 0.1
    return [(frames[i:i + cfg["bs"]], splits[i:i + cfg["bs"]]) for i in range(0, cfg["runs"], cfg["bs"])]


if __name__ == "__main__":
    torch.manual_seed(5)
    loop = SplitLoop(SledGRU(hidden=CONFIG["hidden"]), CONFIG)
    out = loop.run(load_runs(CONFIG))
    print({k: len(v) for k, v in out.items()})
