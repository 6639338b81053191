# expect: crash
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from chandler import build_model  # noqa: E402
from saliency_trainer import SaliencyTrainer  # noqa: E402

CFG = {"arch": "wick_lstm", "kwargs": {"feat": 3, "hidden": 8}, "lr": 5e-3, "epochs": 2}


def make_batches(n):
    return [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(n)]


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    torch.manual_seed(5)
    model = build_model(CFG)
    trainer = SaliencyTrainer(model, CFG)
    hist = trainer.fit(make_batches(3), make_batches(2))
    print("history", hist)


if __name__ == "__main__":
    main()
