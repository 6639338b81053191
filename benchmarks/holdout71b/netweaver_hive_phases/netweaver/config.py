def _value(v):
    v = v.strip()
    if v.startswith("[") and v.endswith("]"):
        return [s.strip() for s in v[1:-1].split(",") if s.strip()]
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def parse_config(text):
    """A tiny YAML subset: two levels of `key: value` and inline lists."""
    cfg, section = {}, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        key, _, val = raw.strip().partition(":")
        if raw.startswith("  ") and section is not None:
            cfg[section][key] = _value(val)
        elif val.strip():
            cfg[key] = _value(val)
            section = None
        else:
            cfg[key] = {}
            section = key
    return cfg
