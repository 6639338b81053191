"""A tiny reader for the YAML subset the plans use (scalars and one list of maps)."""


def _scalar(text):
    text = text.strip()
    if text in ("true", "false"):
        return text == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def parse_plan(text):
    plan, current_list, item = {}, None, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if not raw.startswith(" "):
            key, _, value = raw.partition(":")
            if value.strip():
                plan[key.strip()] = _scalar(value)
            else:
                current_list = plan.setdefault(key.strip(), [])
            continue
        line = raw.strip()
        if line.startswith("- "):
            item = {}
            current_list.append(item)
            line = line[2:]
        key, _, value = line.partition(":")
        item[key.strip()] = _scalar(value)
    return plan
