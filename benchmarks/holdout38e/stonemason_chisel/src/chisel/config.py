"""A very small reader for the indented `key: value` settings block."""


def _coerce(value):
    value = value.strip()
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    if "," in value:
        return [v.strip() for v in value.split(",")]
    return value


def parse_settings(text):
    cfg, section = {}, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        key, _, value = raw.strip().partition(":")
        if raw.startswith(" ") and section is not None:
            cfg[section][key] = _coerce(value)
        else:
            section = key
            cfg[section] = {}
    return cfg
