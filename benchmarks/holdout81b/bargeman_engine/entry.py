# expect: crash
"""Bargeman cargo-shift engine: phases picked by name from a YAML-like settings dict."""
import torch

from bargeman import Engine, build

SETTINGS = {
    "model": {"name": "cargo_gru", "hidden": 8},
    "phases": ["fit", "validate", "relevance", "fit"],
    "fit": {"steps": 3, "lr": 0.01},
    "relevance": {"batches": 1},
}

if __name__ == "__main__":
    torch.manual_seed(8)
    engine = Engine(build(SETTINGS["model"]), SETTINGS)
    engine.run()
    for rec in engine.records:
        print(rec)
