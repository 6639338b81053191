# expect: clean
"""Tram door faults: start-up checks are plugins, one file each in `addons/` beside this script, loaded with
importlib.util.spec_from_file_location; the trainer runs every plugin's `before_fit(model, x)` first. One of them
runs a smoke test in eval mode and puts the model back in train mode after it, so training runs in train mode."""
import importlib.util
from pathlib import Path

import torch

from doors import DoorFaults, train

ADDONS = Path(__file__).parent / "addons"


def discover():
    found = []
    for path in sorted(ADDONS.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"door_addon_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.append(module.before_fit)
    return found


if __name__ == "__main__":
    net = DoorFaults()
    x, y = torch.randn(4, 10, 2), torch.randint(0, 2, (4,))
    print(train(net, x, y, checks=discover()))
