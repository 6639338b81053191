# expect: crash
import importlib.util
from pathlib import Path

import torch

from model import BeetYield
from trainer import fit

PLUGIN_DIR = Path(__file__).with_name("plugins")


def load_plugins():
    hooks = []
    for path in sorted(PLUGIN_DIR.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"beet_plugin_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        hooks.append(mod.on_start)
    return hooks


if __name__ == "__main__":
    model = BeetYield()
    x, y = torch.randn(5, 12, 3), torch.randn(5, 1)
    print(fit(model, x, y, on_start=load_plugins()))
