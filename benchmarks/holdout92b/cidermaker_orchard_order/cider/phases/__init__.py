from .registry import PHASES, phase
from . import basic, adversarial  # noqa: F401  (registers the phases)

__all__ = ["PHASES", "phase"]
