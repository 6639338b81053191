# expect: clean
"""Saltpetre-bed nitre readiness: phases listed in a YAML-like settings block,
model built through a registry decorator; calibration leaves the model in eval,
but the fine-tune phase freezes the GRU and trains only the head on raw inputs."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from nitre import build, run_phases  # noqa: E402

SETTINGS = """
model.kind: gru
model.hidden: 8
lr: 0.01
steps: 3
batch: 4
phases: warmup, calibrate, finetune
"""


def parse(text):
    cfg = {}
    for line in text.strip().splitlines():
        key, val = (s.strip() for s in line.split(":", 1))
        if "," in val:
            val = [v.strip() for v in val.split(",")]
        else:
            try:
                val = int(val)
            except ValueError:
                try:
                    val = float(val)
                except ValueError:
                    pass
        node = cfg
        *parents, leaf = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = val
    return cfg


if __name__ == "__main__":
    cfg = parse(SETTINGS)
    model = build(cfg)
    state = run_phases(model, cfg)
    print("temperature", round(state["temp"], 3))
