from .core import Pipeline, STAGES
from . import stages  # noqa: F401  (registers the stages)

__all__ = ["Pipeline", "STAGES"]
