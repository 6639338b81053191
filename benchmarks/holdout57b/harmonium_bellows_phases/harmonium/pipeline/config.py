def _scalar(text):
    text = text.strip()
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def load_config(text):
    """Parse a two-level `key: value` document (enough YAML for our configs)."""
    cfg, section = {}, None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        key, _, value = raw.strip().partition(":")
        if raw.startswith(" ") and section is not None:
            cfg[section][key] = _scalar(value)
        elif value.strip():
            cfg[key] = [v.strip() for v in value.split(",")] if "," in value else _scalar(value)
            section = None
        else:
            cfg[key] = {}
            section = key
    return cfg
