# expect: crash
"""Dovecote pigeon counts: phases picked by name from a YAML-like settings block."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from dovecote import run_pipeline  # noqa: E402

SETTINGS = """
hidden: 8
steps: 3
phases: fit, score, relevance
"""


def parse(text):
    out = {}
    for line in text.strip().splitlines():
        key, value = (s.strip() for s in line.split(":", 1))
        out[key] = [v.strip() for v in value.split(",")] if "," in value else value
    out["hidden"], out["steps"] = int(out["hidden"]), int(out["steps"])
    return out


if __name__ == "__main__":
    print(run_pipeline(parse(SETTINGS)))
