# expect: clean
"""Hurdle-maker wattle weaving: predict panel stiffness from rod-tension traces.
Entry script; the hand-written LightningModule imitation lives in src/wattle."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from wattle import Loop, WeaveModule, make_loaders  # noqa: E402

CONFIG = {"hidden": 8, "epochs": 2, "lr": 0.02, "batch": 4, "seq": 6}


def main():
    torch.manual_seed(0)
    module = WeaveModule(hidden=CONFIG["hidden"], lr=CONFIG["lr"])
    train_dl, val_dl = make_loaders(CONFIG["batch"], CONFIG["seq"])
    history = Loop(max_epochs=CONFIG["epochs"]).fit(module, train_dl, val_dl)
    print("history", history)


if __name__ == "__main__":
    main()
