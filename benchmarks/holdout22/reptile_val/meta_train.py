# expect: crash
"""Reptile for few-shot vital-sign forecasting; each inner loop checks a validation split midway."""
import sys

sys.path.insert(0, "src")

from meta import reptile  # noqa: E402

if __name__ == "__main__":
    reptile(meta_steps=2, inner_steps=3)
