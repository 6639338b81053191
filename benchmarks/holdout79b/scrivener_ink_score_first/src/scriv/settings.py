def _coerce(v):
    v = v.strip()
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    if "," in v:
        return [p.strip() for p in v.split(",")]
    return v


def parse_settings(text):
    """A two-level 'key: value' reader, enough for the settings block in run.py."""
    out, section = {}, None
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            section = line.rstrip(":").strip()
            out[section] = {}
        else:
            k, v = line.strip().split(":", 1)
            out[section][k.strip()] = _coerce(v)
    return out
