"""A tiny reader for the indented key: value / list-of-dicts text used by run.py (no PyYAML here)."""


def _coerce(v):
    v = v.strip()
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def parse_settings(text):
    cfg, section, item = {}, None, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if indent == 0:
            section = line.rstrip(":")
            cfg[section] = None
        elif line.startswith("- "):
            item = {}
            cfg[section] = (cfg[section] or []) + [item]
            k, v = line[2:].split(":", 1)
            item[k.strip()] = _coerce(v)
        else:
            k, v = line.split(":", 1)
            if isinstance(cfg[section], list):
                item[k.strip()] = _coerce(v)
            else:
                cfg[section] = cfg[section] or {}
                cfg[section][k.strip()] = _coerce(v)
    return cfg
