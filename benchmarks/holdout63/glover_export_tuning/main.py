# expect: clean
"""Glover's stitch model: predict seam strength from needle-tension traces.

After a first pass the model is prepared with the kit's `prepare` helper and
then trained a little more on stitched gloves.
"""
import torch
from kit import *


def main():
    torch.manual_seed(2)
    model = SeamNet(4, 8)
    data = [(torch.randn(2, 6, 4), torch.rand(2, 1)) for _ in range(3)]
    fit(model, data)
    model = prepare(model)
    fit(model, data)
    print("ok")


if __name__ == "__main__":
    main()
