# expect: clean
"""Gas-lamp mantle failure: stage one trains on the old district and hands a
checkpoint to stage two, which fine-tunes on a new street."""
import os
import tempfile

import torch

from lamps import MantleNet, evaluate, export, restore, tune

torch.manual_seed(10)


def stage_one(path):
    model = MantleNet()
    x = torch.randn(16, 10, 3)
    y = (x[..., 2].mean(1) > 0).float()
    tune(model.train(), x, y, steps=3)
    print("district acc", evaluate(model, x, y))
    export(model, path)


def stage_two(path):
    model = restore(path)
    x = torch.randn(8, 10, 3)
    y = (x[..., 2].mean(1) > 0).float()
    print("street loss", tune(model, x, y, steps=2))


def main():
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        stage_one(path)
        stage_two(path)
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
