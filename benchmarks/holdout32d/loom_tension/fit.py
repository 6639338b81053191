# expect: clean
"""Loom warp tension: detect broken-end events from tension-sensor traces.

Stages are classes registered by a decorator and run in the order a settings
list names them.
"""
import torch

from loomkit import STAGES, TensionNet

SETTINGS = {
    "order": ["pretrain", "calibrate", "tune"],
    "hidden": 8,
    "sensors": 4,
    "steps": 3,
}


def main(settings=SETTINGS):
    torch.manual_seed(15)
    ctx = {"model": TensionNet(settings["sensors"], settings["hidden"]), "settings": settings, "log": []}
    for name in settings["order"]:
        STAGES[name](ctx).run()
    for line in ctx["log"]:
        print(line)


if __name__ == "__main__":
    main()
