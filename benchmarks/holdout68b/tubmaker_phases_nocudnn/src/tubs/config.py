def _value(s):
    s = s.strip()
    if s in ("true", "false"):
        return s == "true"
    for cast in (int, float):
        try:
            return cast(s)
        except ValueError:
            pass
    if "," in s:
        return [p.strip() for p in s.split(",")]
    return s


def parse_config(text):
    """Tiny subset of YAML: two levels of `key: value`, comma lists."""
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
