# expect: crash
"""Swineherd rooting-behaviour engine: phases are read by name from a YAML-like schedule."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from swine import Engine, build_model  # noqa: E402

SCHEDULE = """
phases:
  - fit
  - validate
  - adapt
  - validate
"""

CONFIG = {
    "model": {"name": "rooting_gru", "hidden": 10, "n_in": 5, "n_cls": 3},
    "optim": {"lr": 0.01},
    "fit": {"steps": 3, "batch": 6},
    "adapt": {"steps": 1, "lr": 0.001},
}


def parse_schedule(text):
    return [ln.strip()[2:] for ln in text.splitlines() if ln.strip().startswith("- ")]


def main():
    model = build_model(CONFIG["model"])
    engine = Engine(model, CONFIG)
    for phase in parse_schedule(SCHEDULE):
        result = engine.run_phase(phase)
        print(f"{phase:9s} -> {result}")


if __name__ == "__main__":
    main()
