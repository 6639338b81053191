from .policy import StitchLM, Knittability
from .loop import reinforce_epoch

__all__ = ["StitchLM", "Knittability", "reinforce_epoch"]
