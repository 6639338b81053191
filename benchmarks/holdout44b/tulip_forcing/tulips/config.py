def _scalar(text):
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def parse_settings(text):
    """Just enough YAML: `key: value` lines and `  - item` lists under a key."""
    cfg, current = {}, None
    for raw in text.splitlines():
        if not raw.strip() or raw.strip().startswith("#"):
            continue
        if raw.lstrip().startswith("- ") and current is not None:
            cfg[current].append(_scalar(raw.strip()[2:].strip()))
            continue
        key, _, value = raw.partition(":")
        key, value = key.strip(), value.strip()
        if value:
            cfg[key] = _scalar(value)
            current = None
        else:
            cfg[key] = []
            current = key
    return cfg
