def parse_settings(text):
    cfg = {}
    for line in text.strip().splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        if "," in value:
            value = [v.strip() for v in value.split(",")]
        cfg[key.strip()] = value
    return cfg
