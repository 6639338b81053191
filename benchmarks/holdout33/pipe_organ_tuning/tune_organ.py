# expect: crash
"""Pipe-organ tuning: predict the cent offset of each pipe from its attack transient.

Phases are listed in a YAML-like block and run in order by the engine.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from organtune import parse_settings, run_schedule  # noqa: E402

SETTINGS = """
seed: 3
model:
  hidden: 8
  layers: 1
schedule:
  - name: fit
    steps: 4
    lr: 0.01
  - name: audit
    steps: 2
  - name: voice
    steps: 2
    lr: 0.002
"""


def main():
    cfg = parse_settings(SETTINGS)
    report = run_schedule(cfg)
    for line in report:
        print(line)


if __name__ == "__main__":
    main()
