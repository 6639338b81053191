"""A very small YAML-subset reader: a top-level key holding a list of flat mappings."""


def _scalar(text):
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        return float(text)
    except ValueError:
        return text


def load_schedule(text):
    phases, current = [], None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.strip().endswith(":") and not line.startswith(" "):
            continue
        stripped = line.strip()
        if stripped.startswith("- "):
            current = {}
            phases.append(current)
            stripped = stripped[2:]
        key, _, value = stripped.partition(":")
        current[key.strip()] = _scalar(value)
    return {"phases": phases}
