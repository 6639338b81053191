# expect: crash
"""Entry point: solder seam quality forecasting, phases chosen from a YAML-like settings string."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from solder import Engine, build_model, parse_settings  # noqa: E402

SETTINGS = """
model: seam_gru
hidden: 8
lr: 0.01
phases: pretrain, calibrate, finetune
steps: 3
"""


def main():
    torch.manual_seed(6)
    cfg = parse_settings(SETTINGS)
    model = build_model(cfg["model"], hidden=int(cfg["hidden"]))
    engine = Engine(model, cfg)
    for name in cfg["phases"]:
        engine.run_phase(name)
    print(engine.log)


if __name__ == "__main__":
    main()
