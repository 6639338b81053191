"""A tiny parser for the two-level YAML subset the settings use."""


def _scalar(text):
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def parse_settings(text):
    out, section = {}, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if not raw.startswith(" "):
            section = raw.rstrip(":").strip()
            out[section] = None
            continue
        line = raw.strip()
        if line.startswith("- "):
            out[section] = (out[section] or []) + [line[2:].strip()]
        else:
            key, _, val = line.partition(":")
            out[section] = out[section] or {}
            out[section][key.strip()] = _scalar(val.strip())
    return out
