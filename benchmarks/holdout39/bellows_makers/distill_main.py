# expect: crash
"""Bellows makers: leather-fold leak detection, a small student distilled from a wide teacher each step.

The student reuses the teacher's recurrent encoder to save memory on the workshop laptop.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from bellows_makers.distill import build_pair, Distiller  # noqa: E402

if __name__ == "__main__":
    teacher, student = build_pair(hidden=8)
    Distiller(teacher, student, temperature=2.0).fit(steps=3)
    print("distilled")
