from .registry import build, register
from . import gru_grader  # noqa: F401  (registers itself)

__all__ = ["build", "register"]
