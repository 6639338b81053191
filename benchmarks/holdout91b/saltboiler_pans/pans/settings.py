def parse_settings(text):
    out = {}
    for line in text.strip().splitlines():
        key, _, value = line.partition(":")
        out[key.strip()] = value.strip()
    return out
