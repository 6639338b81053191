def _scalar(v):
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def parse_settings(text):
    """A very small YAML subset: nested maps by indentation and '- item' lists."""
    root = {}
    stack = [(-1, root)]          # (indent, container)
    pending = None                # key whose value is a block below
    for raw in text.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        if line.startswith("- "):
            owner, key = pending
            if not isinstance(owner[key], list):
                owner[key] = []
            owner[key].append(_scalar(line[2:].strip()))
            stack.append((indent, parent))
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if value:
            parent[key] = _scalar(value)
        else:
            parent[key] = {}
            pending = (parent, key)
            stack.append((indent, parent[key]))
    return root
