from .probe import GradeProbe
from .encoder import StitchEncoder

__all__ = ["GradeProbe", "StitchEncoder"]
