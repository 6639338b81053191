# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from horology import EscapementModel, fit  # noqa: E402


if __name__ == "__main__":
    torch.manual_seed(9)
    batches = [(torch.randn(4, 16, 4), torch.randn(4)) for _ in range(3)]
    losses = fit(EscapementModel(), batches)
    print("epoch losses", [round(l, 3) for l in losses])
