# expect: clean
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from ropewalk import Engine, build_model  # noqa: E402

CONFIG = {
    "n_in": 5, "hidden": 8, "layers": 1, "lr": 0.05, "batch": 4, "seq": 6,
    "phases": [
        {"name": "train", "steps": 3},
        {"name": "eval", "steps": 2},
        {"name": "train", "steps": 1},
        {"name": "finetune", "steps": 2, "lr": 0.01},
    ],
}

if __name__ == "__main__":
    torch.manual_seed(6)
    engine = Engine(build_model(CONFIG), CONFIG)
    for phase, loss in engine.run():
        print(phase, round(loss, 4))
