def parse_plan(text):
    """Tiny YAML-ish reader: `key: value` lines and one `phases:` list of `- name: mode steps`."""
    plan, phases = {}, []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("- "):
            name, spec = line[2:].split(":", 1)
            mode, steps = spec.split()
            phases.append({"name": name.strip(), "mode": mode, "steps": int(steps)})
        elif line.endswith(":"):
            plan[line[:-1]] = phases
        else:
            k, v = line.split(":", 1)
            plan[k.strip()] = v.strip()
    return plan
