# expect: crash
"""Re-rank book blurbs for a bookseller's front page: load the catalogue ranker and fine-tune it on
this week's click data."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import shelf  # noqa: E402

CFG = {"name": "blurb_gru", "vocab": 50, "dim": 8, "hidden": 12, "serving": True}


def clicks(n=4):
    for _ in range(n):
        yield torch.randint(0, CFG["vocab"], (5, 9)), torch.rand(5)


if __name__ == "__main__":
    torch.manual_seed(4)
    ranker_cls = shelf.MODELS.get(CFG["name"])
    ranker = ranker_cls.from_catalogue(CFG)
    tuner = shelf.Finetuner(ranker, lr=1e-3)
    for epoch in range(2):
        print(epoch, tuner.run_epoch(clicks()))
