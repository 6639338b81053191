from .lm import StitchLM
from .reward import Knittability

__all__ = ["StitchLM", "Knittability"]
