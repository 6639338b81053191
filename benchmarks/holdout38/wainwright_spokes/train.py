# expect: crash
"""Wainwrights' spoke-tension sequences: classify wheel trueness from a tap recording."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

import torch
from wheelwork import SpokeClassifier
from wheelwork.training import Engine, callbacks

SETTINGS = {"hidden": 8, "epochs": 2, "batch": 4, "steps": 6, "lr": 1e-2}


def main():
    torch.manual_seed(5)
    model = SpokeClassifier(n_in=3, hidden=SETTINGS["hidden"])
    engine = Engine(model, SETTINGS, callbacks=callbacks.registered())
    engine.validate()
    engine.fit()
    print("epochs", engine.epoch + 1)


if __name__ == "__main__":
    main()
