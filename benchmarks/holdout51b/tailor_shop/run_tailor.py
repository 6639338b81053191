# expect: crash
"""Entry point: fit the seam-allowance model with per-epoch sensitivity reports."""
import logging
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from tailor import SensitivityTrainer, build_model  # noqa: E402

CFG = {"n_meas": 5, "hidden": 8, "bidirectional": True, "epochs": 2, "lr": 5e-3}


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    torch.manual_seed(0)
    model = build_model(CFG)
    train = [(torch.randn(4, 6, 5), torch.randn(4)) for _ in range(3)]
    val = (torch.randn(4, 6, 5), torch.randn(4))
    trainer = SensitivityTrainer(model, lr=CFG["lr"], epochs=CFG["epochs"])
    history = trainer.fit(train, val)
    print(history[-1])


if __name__ == "__main__":
    main()
