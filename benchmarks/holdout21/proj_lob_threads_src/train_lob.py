# expect: clean
"""Order-book return-sign model; validation runs in a background thread on a copied model."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from lobtools import OrderFlowLSTM, fit


def make_batch(b, t=10, f=6):
    return torch.randn(b, t, f), torch.randint(0, 3, (b,))


if __name__ == "__main__":
    torch.manual_seed(18)
    for epoch, acc in fit(OrderFlowLSTM(), make_batch):
        print(f"epoch {epoch}: val acc {acc:.2f}")
