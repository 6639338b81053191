# expect: clean
"""Bodgers' pole-lathe chair legs: predict turning diameter from treadle traces, with
test-time training (a self-supervised next-step loss) on each incoming batch."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
from bodger.nets import LatheNet
from bodger.adapt import TestTimeTrainer


def main():
    torch.manual_seed(41)
    net = LatheNet(hidden=8)
    ttt = TestTimeTrainer(net, lr=1e-3, steps=1)
    for i in range(3):
        x = torch.randn(4, 6, 3)
        pred = ttt.predict(x)
        print("batch", i, "mean diameter", round(pred.mean().item(), 4))


if __name__ == "__main__":
    main()
