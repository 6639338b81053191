# expect: crash
"""Dry-salters: few-shot brine-strength prediction per warehouse with a MAML-style learner."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "src"))

from salter.meta import MetaLearner  # noqa: E402
from salter.model import BrineGRU  # noqa: E402

if __name__ == "__main__":
    learner = MetaLearner(BrineGRU(hidden=6), inner_lr=0.1, inner_steps=1)
    for it in range(2):
        print(it, learner.outer_step(n_tasks=2))
