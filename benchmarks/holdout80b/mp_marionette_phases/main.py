# expect: clean
"""Marionette string-tension classifier: phases picked by name from a YAML-like table."""
import torch

import models  # noqa: F401  (registers the architectures)
from phases import run_phases
from registry import build

PIPELINE = """
model: tension_lstm
hidden: 8
phases:
  - warmup: train
  - calibrate: eval
  - finetune: train
"""


def parse(text):
    cfg, phases = {}, []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            k, v = line[2:].split(":")
            phases.append((k.strip(), v.strip()))
        elif line.endswith(":"):
            cfg[line[:-1]] = phases
        else:
            k, v = line.split(":")
            cfg[k.strip()] = int(v) if v.strip().isdigit() else v.strip()
    return cfg


if __name__ == "__main__":
    torch.manual_seed(11)
    cfg = parse(PIPELINE)
    model = build(cfg["model"], hidden=cfg["hidden"])
    state = run_phases(model, cfg["phases"])
    print("temperature", round(state["temperature"], 3), "final loss", round(state["loss"], 3))
