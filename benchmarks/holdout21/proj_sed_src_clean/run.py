# expect: clean
"""Weakly labelled sound event detection (DCASE-style) with a src/ package layout; each epoch starts in train mode."""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from sedkit import Trainer, build_model

logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")


def make_loader(n=3, b=4, mels=8, t=12, events=4):
    def loader():
        for _ in range(n):
            strong = (torch.rand(b, t, events) > 0.8).float()
            yield torch.randn(b, mels, t), strong, strong.amax(1)
    return loader


if __name__ == "__main__":
    torch.manual_seed(17)
    Trainer(build_model("crnn")).fit(make_loader())
