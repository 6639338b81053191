# expect: clean
"""Ropewalk strand tester: phases listed in a YAML-like config, run by name."""
import torch

from ropewalk import StrandTension, run_phase

CONFIG_TEXT = """
phases:
  - fit: {epochs: 2, lr: 0.02}
  - calibrate: {iters: 4, lr: 0.05}
"""


def parse(text):
    """Tiny parser for the two-level subset of YAML used above."""
    phases = []
    for line in text.strip().splitlines()[1:]:
        name, rest = line.strip()[2:].split(":", 1)
        body = rest.strip().strip("{}")
        spec = {}
        for kv in body.split(","):
            k, v = kv.split(":")
            v = v.strip()
            spec[k.strip()] = float(v) if "." in v else int(v)
        phases.append((name.strip(), spec))
    return phases


def main():
    torch.manual_seed(5)
    x = torch.randn(20, 7, 3)
    y = (x[:, :, 0].sum(1) > 0).long()
    state = {"model": StrandTension(),
             "train": [(x[i:i + 4], y[i:i + 4]) for i in range(0, 16, 4)],
             "val": (x[16:], y[16:])}
    for name, spec in parse(CONFIG_TEXT):
        print(name, run_phase(name, state, spec))


if __name__ == "__main__":
    main()
