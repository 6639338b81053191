# expect: crash
"""Toshman sieve: classify sewer-find material from a metal-detector trace, then probe which samples matter."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from toshman import FindClassifier, train_steps, trace_saliency  # noqa: E402


def main():
    torch.manual_seed(7)
    model = FindClassifier(n_classes=3)
    x, y = torch.randn(6, 10, 2), torch.randint(0, 3, (6,))
    print("loss", train_steps(model, x, y, steps=4))
    sal = trace_saliency(model, x[:2])
    print("saliency peak index", sal.argmax(-1).tolist())


if __name__ == "__main__":
    main()
