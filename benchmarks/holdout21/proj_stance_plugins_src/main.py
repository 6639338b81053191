# expect: crash
"""Stance detection self-training with a plugin registry filled by class decorators."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from stancekit import Pipeline, StanceModel


def sample(b, t=9):
    return torch.randint(0, 60, (b, t)), torch.randint(0, 3, (b,))


if __name__ == "__main__":
    torch.manual_seed(21)
    Pipeline(StanceModel(), ["log_stage", "pseudo_label"]).run(sample)
