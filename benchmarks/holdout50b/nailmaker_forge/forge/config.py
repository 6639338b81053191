"""A tiny reader for the YAML-like plan text (no external yaml dependency)."""

PLAN = """
seed: 3
hidden: 8
horizon: 6
episodes: 4
lr: 0.01
phases:
  - rollout
  - update
  - rollout
  - update
"""


def _cast(v):
    for t in (int, float):
        try:
            return t(v)
        except ValueError:
            pass
    return v


def parse_plan(text=PLAN):
    cfg, key = {}, None
    for raw in text.strip().splitlines():
        line = raw.rstrip()
        if line.lstrip().startswith("- "):
            cfg[key].append(line.strip()[2:])
        elif line.endswith(":"):
            key = line[:-1].strip()
            cfg[key] = []
        else:
            k, v = line.split(":", 1)
            cfg[k.strip()] = _cast(v.strip())
    return cfg
