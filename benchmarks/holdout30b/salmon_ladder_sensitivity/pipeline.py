# expect: crash
"""Salmon-ladder fish counts: forecast tomorrow's passage from river flow, water
temperature and turbidity, then ask which input days the forecast is sensitive to.

Stages hand a NamedTuple of models to each other."""
import sys

import torch

from fishcount.stages import fit_stage, prepare_stage, sensitivity_stage


def parse_argv(argv):
    # tiny hand-rolled parser: --key=value pairs only
    opts = {"epochs": 2, "days": 8}
    for arg in argv:
        if arg.startswith("--") and "=" in arg:
            k, v = arg[2:].split("=", 1)
            opts[k] = int(v)
    return opts


def main(argv):
    opts = parse_argv(argv)
    torch.manual_seed(5)
    bundle, data = prepare_stage(days=opts["days"])
    bundle = fit_stage(bundle, data, epochs=opts["epochs"])
    report = sensitivity_stage(bundle, data)
    for k, v in report.items():
        print(k, [round(float(t), 3) for t in v])


if __name__ == "__main__":
    main(sys.argv[1:])
