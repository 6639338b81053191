# expect: crash
"""Fuller cloth-shrinkage forecasting, src/ layout; stochastic layers are frozen with .apply()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from fuller import ShrinkageModel, freeze_stochastic, run_epochs  # noqa: E402

CONFIG = {"feat": 4, "hidden": 8, "epochs": 2, "lr": 0.02, "batch": 5}


def main():
    torch.manual_seed(6)
    model = ShrinkageModel(CONFIG["feat"], CONFIG["hidden"])
    model.apply(freeze_stochastic)
    history = run_epochs(model, CONFIG)
    print("history", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
