"""Phases read from a YAML-like block (parsed by hand; no third-party YAML)."""

PLAN_TEXT = """
phases:
  - name: fit
    steps: 3
  - name: score
    steps: 1
  - name: adapt
    steps: 2
model:
  hidden: 6
  cell: GRU
"""


def parse_plan(text=PLAN_TEXT):
    plan = {"phases": [], "model": {}}
    section = None
    for raw in text.strip().splitlines():
        line = raw.rstrip()
        if not line.startswith(" "):
            section = line.rstrip(":")
            continue
        body = line.strip()
        if section == "phases":
            if body.startswith("- "):
                plan["phases"].append({})
                body = body[2:]
            k, v = [s.strip() for s in body.split(":", 1)]
            plan["phases"][-1][k] = int(v) if v.isdigit() else v
        else:
            k, v = [s.strip() for s in body.split(":", 1)]
            plan["model"][k] = int(v) if v.isdigit() else v
    return plan
