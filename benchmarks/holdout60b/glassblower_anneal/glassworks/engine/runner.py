import torch

from .phases import PHASES


def parse_config(text):
    """A tiny YAML-ish reader: `key: value` pairs and `- item` lists."""
    cfg, key = {}, None
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("- "):
            cfg[key].append(line[2:].strip())
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not value:
            cfg[key] = []
        else:
            try:
                cfg[key] = float(value) if "." in value else int(value)
            except ValueError:
                cfg[key] = value
    return cfg


class Engine:
    def __init__(self, model, cfg, train, val):
        self.cfg = cfg
        self.ctx = {
            "model": model,
            "opt": torch.optim.Adam(model.parameters(), lr=cfg["lr"]),
            "train": train,
            "val": val,
            "history": [],
        }

    def run(self):
        for name in self.cfg["phases"]:
            PHASES[name](self.ctx)
        return self.ctx["history"]
