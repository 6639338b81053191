# expect: crash
"""Salt-glaze pottery: colour and crackle predicted from kiln atmosphere, with a gradient-alignment term
between the two tasks (their shared-encoder gradients should point the same way)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from saltglaze import GlazeNet, GlazeStep  # noqa: E402

SETTINGS = {"hidden": 6, "steps": 3, "align_weight": 0.2, "lr": 1e-2}


def firings(bs=4, t=5):
    atmos = torch.randn(bs, t, 3)
    colour = atmos[:, :, 0].mean(1, keepdim=True)
    crackle = (atmos[:, :, 2].sum(1) > 0).float().unsqueeze(1)
    return atmos, colour, crackle


if __name__ == "__main__":
    torch.manual_seed(22)
    net = GlazeNet(SETTINGS["hidden"])
    step = GlazeStep(net, SETTINGS)
    net.train()
    for i in range(SETTINGS["steps"]):
        print(i, step(*firings()))
