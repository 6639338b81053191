# expect: clean
"""Fishing-net mesh defect detector.  Entry: config in, engine out, run."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from netmaker import CONFIG, build_engine  # noqa: E402


if __name__ == "__main__":
    cfg = dict(CONFIG, epochs=2, val_every=3)
    engine = build_engine(cfg)
    engine.run()
    print("best val", round(engine.best, 4))
