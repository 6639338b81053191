# expect: clean
"""Tugboat towing: predict hawser tension from a window of engine and swell readings."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from tugtow import Stepper, TensionNet  # noqa: E402


def readings(n, batch=4, steps=6, feats=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        x = torch.randn(batch, steps, feats, generator=g)
        yield x, x[:, :, 1].abs().mean(1, keepdim=True)


def main():
    torch.manual_seed(6)
    stepper = Stepper(TensionNet(feats=3, hidden=8), lr=1e-2)
    val = list(readings(2, seed=1))
    print("baseline", round(stepper.validate(val), 4))
    for epoch in range(2):
        for x, y in readings(3, seed=10 + epoch):
            stepper.train_step(x, y)
        print("epoch", epoch, "val", round(stepper.validate(val), 4), "timings", len(stepper.timings))


if __name__ == "__main__":
    main()
