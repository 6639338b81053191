# expect: crash
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from lockkeeper import LockLogModel, fit  # noqa: E402

logging.basicConfig(level=logging.INFO, format="%(message)s")
torch.manual_seed(4)


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, 7, (4, 8), generator=g), torch.rand(4, generator=g) * 30) for _ in range(n)]


if __name__ == "__main__":
    fit(LockLogModel(), batches(3, 0), batches(2, 1))
    print("finished")
