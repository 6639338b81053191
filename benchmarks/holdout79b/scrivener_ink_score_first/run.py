# expect: clean
"""Scrivener ink-fade grading: a baseline score, then fit, then adapt on each test batch
(test-time training), with the phase order read from a YAML-like settings block."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from scriv import Engine, build_model, parse_settings  # noqa: E402

SETTINGS = """
model:
  kind: gru
  hidden: 10
engine:
  lr: 0.01
  epochs: 2
  phases: score, fit, adapt
"""

if __name__ == "__main__":
    cfg = parse_settings(SETTINGS)
    model = build_model(cfg["model"])
    engine = Engine(model, cfg["engine"])
    report = engine.run()
    print(report)
