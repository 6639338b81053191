# expect: crash
"""Sickle grinders: classify blade wear from the grinding-wheel vibration trace.

Per-sample gradient norms are logged by a callback to spot mislabelled blades.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from sickle import BladeWear, Engine, GradNormLogger, wheel_batches

CONFIG = {"hidden": 8, "lr": 5e-3, "epochs": 2, "batch": 4, "steps": 6}


def main():
    torch.manual_seed(3)
    model = BladeWear(hidden=CONFIG["hidden"])
    engine = Engine(model, CONFIG, callbacks=[GradNormLogger(every=1)])
    engine.run(wheel_batches(3, CONFIG["batch"], CONFIG["steps"]))
    print("ok", engine.state)


if __name__ == "__main__":
    main()
