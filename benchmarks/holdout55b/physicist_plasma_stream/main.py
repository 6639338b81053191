# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from plasma import ShotModel, fit  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(13)
    print(fit(ShotModel()))
