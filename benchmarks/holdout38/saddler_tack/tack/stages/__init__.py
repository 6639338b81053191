from .registry import STAGES
from . import steps  # noqa: F401  (registers the stages)
