# expect: clean
"""Surf forecasting: buoy swell height/period/direction over 18 h -> wave face height at the break.

The engine validates every epoch, keeps the best snapshot, and when validation gets worse
twice in a row it restarts from the best snapshot with a smaller learning rate.
"""
import torch

from swell import Engine, SwellNet

CFG = {"epochs": 5, "lr": 0.9, "hidden": 6, "restart_after": 1, "lr_decay": 0.5}


def buoy(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 18, 3, generator=g)
    return x, x[:, -6:, 0].mean(1) * 1.5 + 2.0


if __name__ == "__main__":
    torch.manual_seed(8)
    engine = Engine(SwellNet(CFG["hidden"]), CFG)
    engine.fit(buoy(12, 0), buoy(6, 1))
    print("best val", round(engine.keeper.best, 4), "restarts", engine.restarts)
