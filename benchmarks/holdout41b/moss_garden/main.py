# expect: crash
"""Moss-garden cover model: phases run from a YAML-like schedule."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from mossgarden import MossHumidityNet, run_schedule  # noqa: E402

SCHEDULE_TEXT = """
- phase: fit
  repeat: 2
- phase: score
  split: val
- phase: relevance
  split: val
"""


def parse_schedule(text):
    items, cur = [], None
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            cur = {}
            items.append(cur)
            line = line[2:]
        key, value = (s.strip() for s in line.split(":", 1))
        cur[key] = int(value) if value.isdigit() else value
    return items


if __name__ == "__main__":
    torch.manual_seed(12)
    model = MossHumidityNet()
    state = {"model": model, "opt": torch.optim.Adam(model.parameters(), lr=1e-2)}
    batches = {
        "train": [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(2)],
        "val": [(torch.randn(3, 6, 3), torch.randn(3))],
    }
    for name, log in run_schedule(state, parse_schedule(SCHEDULE_TEXT), batches):
        print(name, log)
