# expect: crash
"""Bellfounder casting-temperature curves: helpers pulled in with star imports."""
import torch

from bellfounder.helpers import *
from bellfounder.tools import *

if __name__ == "__main__":
    torch.manual_seed(11)
    model = CastingNet()
    prepare(model)
    print("losses", fit_one(model, steps=3))
