"""A very small reader for the indented key: value blocks used in this project."""


def _scalar(text):
    text = text.strip()
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def _lines(text):
    for raw in text.splitlines():
        if raw.strip() and not raw.strip().startswith("#"):
            yield len(raw) - len(raw.lstrip()), raw.strip()


def _block(lines, i, indent):
    """Parse lines[i:] that sit at `indent`; return (value, next index)."""
    if lines[i][1].startswith("- "):
        items = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
            # an item is the "- k: v" line plus the lines indented under it
            first = (indent + 2, lines[i][1][2:])
            j = i + 1
            while j < len(lines) and lines[j][0] > indent:
                j += 1
            sub = [first] + lines[i + 1:j]
            value, _ = _block(sub, 0, indent + 2)
            items.append(value)
            i = j
        return items, i
    out = {}
    while i < len(lines) and lines[i][0] == indent:
        key, _, val = lines[i][1].partition(":")
        if val.strip():
            out[key.strip()] = _scalar(val)
            i += 1
        else:
            out[key.strip()], i = _block(lines, i + 1, lines[i + 1][0])
    return out, i


def parse_settings(text):
    lines = list(_lines(text))
    value, _ = _block(lines, 0, lines[0][0])
    return value
