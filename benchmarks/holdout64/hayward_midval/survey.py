# expect: crash
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from hayward import build_model  # noqa: E402
from callbacks import PatienceEngine  # noqa: E402

CONFIG = {"epochs": 2, "val_every": 2, "lr": 0.05, "hidden": 8}


def batches(n):
    return [(torch.randn(4, 5, 6), torch.randint(0, 3, (4,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    engine = PatienceEngine(build_model(CONFIG), CONFIG)
    hist = engine.fit(batches(5), batches(2))
    print("validations", len(hist), "bad", engine.bad)
