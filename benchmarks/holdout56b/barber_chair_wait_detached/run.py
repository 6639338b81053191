# expect: clean
"""Barbershop wait-time classifier (short / medium / long wait) from the
arrival sequence of the last hour.  Phases come from a YAML-like dict and are
executed by the engine in order."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from barber import Engine, build_model  # noqa: E402

PHASES = """
warmup:    {mode: train, steps: 4, lr: 0.01}
calibrate: {mode: eval,  steps: 3, lr: 0.05}
report:    {mode: eval,  steps: 1}
"""

CONFIG = {
    "model": {"name": "chair_gru", "n_in": 3, "hidden": 10, "n_cls": 3},
    "batch": 5,
    "seq_len": 8,
    "seed": 7,
}


def parse_phases(text):
    phases = []
    for line in text.strip().splitlines():
        name, rest = line.split(":", 1)
        body = rest.strip().strip("{}")
        opts = {}
        for kv in body.split(","):
            k, v = (s.strip() for s in kv.split(":"))
            opts[k] = float(v) if "." in v else (int(v) if v.isdigit() else v)
        phases.append((name.strip(), opts))
    return phases


def main():
    model = build_model(**CONFIG["model"])
    engine = Engine(model, CONFIG)
    for name, opts in parse_phases(PHASES):
        engine.run_phase(name, opts)
    print("temperature", round(engine.temperature.item(), 3))


if __name__ == "__main__":
    main()
