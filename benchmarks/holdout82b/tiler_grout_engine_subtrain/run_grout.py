# expect: clean
"""Tiler grout cracks: phases named in a config dict, run by an engine package under src/."""
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
from grout import Engine, build_model  # noqa: E402

CONFIG = {"model": "crack_gru", "model_args": {"hidden": 8}, "lr": 0.05, "phases": ["fit", "val", "fit"]}


def make_batches(n=2):
    g = torch.Generator().manual_seed(4)
    return [(torch.randn(4, 5, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


if __name__ == "__main__":
    Engine(build_model(CONFIG), CONFIG).run(make_batches())
