PLAN = """
model:
  hidden: 10
data:
  batches: 24
  days: 5
phases:
  - fit
  - appraise
  - cellar_tune
  - appraise
"""


def _value(text):
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def load_plan(text=PLAN):
    """A very small reader for the two-level blocks above."""
    plan, section = {}, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if not raw.startswith(" "):
            section = raw.rstrip(":").strip()
            plan[section] = None
        elif raw.strip().startswith("- "):
            plan[section] = (plan[section] or []) + [raw.strip()[2:]]
        else:
            key, val = raw.strip().split(":", 1)
            plan[section] = plan[section] or {}
            plan[section][key] = _value(val)
    return plan
