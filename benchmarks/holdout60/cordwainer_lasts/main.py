# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from cordwainer import LastFitNet, fit  # noqa: E402

CFG = {"lr": 0.01, "epochs": 2, "freeze_stats": True}

if __name__ == "__main__":
    torch.manual_seed(5)
    # a handful of scans from one customer: fine-tune with frozen statistics
    batches = [(torch.randn(3, 6, 7), torch.rand(3)) for _ in range(3)]
    print(fit(LastFitNet(), batches, CFG)[-1])
