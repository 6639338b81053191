# expect: clean
"""Milliner: adapt a pretrained brim-steaming model to a new felt supplier."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from millinery import BrimNet, Finetuner  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(14)
    state = BrimNet(hidden=8).state_dict()
    tuner = Finetuner.build(BrimNet.from_pretrained(state, hidden=8), lr=1e-2)
    for epoch in range(2):
        print(epoch, tuner.run_epoch([(torch.randn(4, 6, 3), torch.randn(4, 1)) for _ in range(3)]))
