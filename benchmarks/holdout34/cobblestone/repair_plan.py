# expect: clean
"""Cobblestone repair: rank street segments by expected sett loosening from the
vibration sensors on the delivery vans.  A pretrained sensor backbone stays frozen;
only the ranking head is trained on this town's labels.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from cobbles import LooseningRanker, fit_head  # noqa: E402


def main():
    torch.manual_seed(13)
    model = LooseningRanker(n_sensors=3, dim=8)
    model.train()
    print("trainable:", [n for n, p in model.named_parameters() if p.requires_grad])
    fit_head(model, epochs=2)


if __name__ == "__main__":
    main()
