# expect: clean
"""Chimney-sweep flue draught model: the helpers are pulled in with star imports."""
import torch

from sweep.modelling import *
from sweep.serving import *


def main():
    torch.manual_seed(8)
    model = prepare(FlueNet())
    print("loss", train_round(model))


if __name__ == "__main__":
    main()
