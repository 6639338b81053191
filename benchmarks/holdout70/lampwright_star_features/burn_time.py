# expect: clean
import torch

from lamps.models import *


if __name__ == "__main__":
    model = WickNet.pretrained(seed=4)
    batches = [(torch.randn(5, 9, 4), torch.rand(5)) for _ in range(3)]
    fine_tune(model, batches)
    print("done")
