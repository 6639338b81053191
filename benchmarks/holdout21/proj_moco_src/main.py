# expect: crash
"""Contrastive pre-training of an LSTM time-series encoder with a momentum key encoder (MoCo-style)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch

from mocots import MoCo, pretrain


def sample(b, t=10, f=4):
    y = torch.randint(0, 3, (b,))
    x = torch.sin(torch.linspace(0, 6, t)[None, :, None] * (1 + y[:, None, None])) + 0.1 * torch.randn(b, t, f)
    return x, y


if __name__ == "__main__":
    torch.manual_seed(19)
    pretrain(MoCo(), sample)
