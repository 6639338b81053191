def parse_phases(text):
    """Tiny parser for the list-of-mappings block we write by hand (no yaml dependency)."""
    phases, cur = [], None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.endswith(":") and not line.startswith("-"):
            continue
        if line.startswith("- "):
            cur = {}
            phases.append(cur)
            line = line[2:]
        key, _, value = line.partition(":")
        cur[key.strip()] = value.strip()
    return phases
