# expect: crash
import torch

from fleece import FleeceGrader
from helpers import *  # noqa: F401,F403

torch.manual_seed(12)

if __name__ == "__main__":
    model = prepare(FleeceGrader())  # noqa: F405
    print("loss", fit(model, make_batches(3)))  # noqa: F405
