# expect: clean
"""Sieve makers: mesh-gauge classification from wire-pull codes, student distilled from a teacher each step.

Teacher and student share the code embedding (it was pretrained), each keeps its own GRU.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from sieve_makers.distill import build_pair, Distiller  # noqa: E402

if __name__ == "__main__":
    teacher, student = build_pair(hidden=8)
    Distiller(teacher, student, temperature=2.0).fit(steps=3)
    print("distilled")
