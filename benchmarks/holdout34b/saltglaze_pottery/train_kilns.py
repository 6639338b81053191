# expect: crash
"""Salt-glaze pottery: predict glaze thickness from a kiln's firing curve.

Two kilns (domains) are trained together with inter-domain gradient matching:
the task loss plus the squared distance between the two kilns' parameter
gradients, so the model learns what both kilns share.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from saltglaze import GlazeNet, GradMatchObjective  # noqa: E402

CONFIG = dict(hidden=8, lam=0.5, lr=5e-3, steps=3, batch=4, length=7)


def firing(kiln, cfg):
    shift = 0.3 * kiln
    return torch.randn(cfg["batch"], cfg["length"], 2) + shift, torch.rand(cfg["batch"])


def main():
    torch.manual_seed(40)
    net = GlazeNet(CONFIG["hidden"])
    objective = GradMatchObjective(net, lam=CONFIG["lam"])
    opt = torch.optim.Adam(net.parameters(), lr=CONFIG["lr"])
    net.train()
    for step in range(CONFIG["steps"]):
        stats = objective.step(opt, firing(0, CONFIG), firing(1, CONFIG))
        print(step, {k: round(v, 4) for k, v in stats.items()})


if __name__ == "__main__":
    main()
