import torch.nn as nn
import yaml


def build_from_yaml(text):
    spec = yaml.safe_load(text)
    parts = {}
    for name, entry in spec.items():
        cls = getattr(nn, entry["type"])
        module = cls(*entry.get("args", []), **entry.get("kwargs", {}))
        getattr(module, entry.get("mode", "train"))()
        if entry.get("frozen"):
            module.requires_grad_(False)
        parts[name] = module
    return parts
