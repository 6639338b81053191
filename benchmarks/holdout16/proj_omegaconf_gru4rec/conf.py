"""Minimal OmegaConf-like attribute config parsed from an indented YAML subset."""


class DictConfig(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError as e:
            raise AttributeError(k) from e


def _scalar(v):
    v = v.strip()
    if v.startswith("[") and v.endswith("]"):
        return [_scalar(x) for x in v[1:-1].split(",")]
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    return v


def load_config(text):
    root = DictConfig()
    stack = [(-1, root)]
    for line in text.strip("\n").splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        key, _, val = line.strip().partition(":")
        while stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        if val.strip():
            parent[key] = _scalar(val)
        else:
            parent[key] = DictConfig()
            stack.append((indent, parent[key]))
    return root
