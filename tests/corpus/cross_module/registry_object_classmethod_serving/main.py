# expect: crash
"""A brick-kiln firing-curve model fetched from a registry object: `NETS = Catalogue()` is filled by
`@NETS.add("firing_gru")` in the package, and the script reads `kilnworks.NETS.get(SETUP["net"])`. The
class's `restore()` returns the net in eval mode when the setup says it is for serving; the fine-tune that
follows runs its backward through the GRU in eval mode."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import kilnworks  # noqa: E402

SETUP = {"net": "firing_gru", "zones": 4, "width": 10, "serving": True}


def readings(n=3):
    for _ in range(n):
        yield torch.randn(6, 12, SETUP["zones"]), torch.randn(6)


if __name__ == "__main__":
    torch.manual_seed(2)
    net = kilnworks.NETS.get(SETUP["net"]).restore(SETUP)
    tuner = kilnworks.Tuner(net)
    for epoch in range(2):
        print(epoch, tuner.epoch(readings()))  # TM001-here
