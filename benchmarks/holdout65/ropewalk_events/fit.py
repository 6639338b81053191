# expect: crash
"""ropewalk: twist-strength regression for laid rope. Entry builds the engine and calls fit()."""
import torch

from ropewalk import Engine, TwistNet
from ropewalk.callbacks import BaselineProbe, History

SETTINGS = {"epochs": 2, "lr": 0.03, "batch": 4, "features": 4, "hidden": 6}


def main():
    torch.manual_seed(5)
    net = TwistNet(SETTINGS["features"], SETTINGS["hidden"])
    engine = Engine(net, SETTINGS, callbacks=[BaselineProbe(), History()])
    engine.fit()
    print(engine.state)


if __name__ == "__main__":
    main()
