# expect: crash
"""Quarry blast-vibration sensors: CPC pretraining, then a linear probe with a fine-tuned stem."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from quarry import CPCModel, Engine, default_config  # noqa: E402


def main():
    torch.manual_seed(9)
    cfg = default_config()
    cfg["probe"]["tune_stem"] = True
    model = CPCModel(**cfg["model"])
    engine = Engine(model, cfg)
    engine.pretrain()
    acc = engine.probe()
    print("probe accuracy", acc)


if __name__ == "__main__":
    main()
