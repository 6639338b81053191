# expect: crash
"""Ropewalk: predict yarn breakage from twist-tension sequences; the architecture comes from a config dict."""
import torch

from ropewalk.build import build_model
from ropewalk.calibrate import calibrate_dropout_free

CONFIG = {"arch": "lstm", "hidden": 8, "steps": 3, "lr": 0.02}


def main(cfg):
    torch.manual_seed(10)
    model = build_model(cfg)
    calibrate_dropout_free(model, torch.randn(4, 9, 3))
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for step in range(cfg["steps"]):
        x, y = torch.randn(4, 9, 3), torch.randint(0, 2, (4,))
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(cfg["arch"], round(loss.item(), 4))


if __name__ == "__main__":
    main(CONFIG)
