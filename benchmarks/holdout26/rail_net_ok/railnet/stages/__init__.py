from .base import STAGES, Stage
from . import builtin  # noqa: F401  (registers the stages)


def build_pipeline(names):
    return [STAGES[n]() for n in names]


__all__ = ["STAGES", "Stage", "build_pipeline"]
