# expect: clean
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from saddletree import Engine, SeatTask  # noqa: E402

CONFIG = {"lr": 3e-3, "epochs": 2, "val_every": 2}


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 7, 5, generator=g), torch.randn(3, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(0)
    engine = Engine(CONFIG)
    log = engine.fit(SeatTask(), batches(4, 0), batches(2, 1))
    print("val mae:", [round(v, 3) for v in log])


if __name__ == "__main__":
    main()
