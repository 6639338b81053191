# expect: clean
"""Sepsis early warning: abc.ABC trainer whose fit loop re-enters train mode every epoch; the
task subclass in another package evaluates in eval mode at epoch end."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from sepsis_tasks.onset import OnsetTrainer, VitalsLSTM  # noqa: E402


def main():
    torch.manual_seed(0)
    train = [(torch.randn(4, 10, 6), (torch.rand(4, 10) > 0.8).float()) for _ in range(2)]
    val = [(torch.randn(2, 10, 6), (torch.rand(2, 10) > 0.8).float())]
    OnsetTrainer(VitalsLSTM(), lr=1e-2).fit(train, val, epochs=3)


if __name__ == "__main__":
    main()
