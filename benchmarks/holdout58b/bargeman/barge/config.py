"""A very small YAML-ish reader: two levels of `key: value`, indentation by two spaces."""


def _coerce(v):
    v = v.strip()
    for kind in (int, float):
        try:
            return kind(v)
        except ValueError:
            pass
    if v in ("true", "false"):
        return v == "true"
    return v


def parse_simple_yaml(text):
    root, current = {}, None
    for raw in text.splitlines():
        if not raw.strip() or raw.strip().startswith("#"):
            continue
        key, _, val = raw.strip().partition(":")
        if raw.startswith("  ") and current is not None:
            current[key] = _coerce(val)
        elif val.strip():
            root[key] = _coerce(val)
            current = None
        else:
            current = root.setdefault(key, {})
    return root
