# expect: crash
"""Iceman's cart: melt-rate regression from a cart-temperature GRU, with test-time training on each delivery batch."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from iceman import MeltNet, fit, deliver  # noqa: E402


if __name__ == "__main__":
    torch.manual_seed(8)
    net = MeltNet(hidden=8)
    fit(net, steps=3)
    preds = deliver(net, n_batches=2)
    print("delivered", [round(p, 3) for p in preds])
