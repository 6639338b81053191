from .encoder import FrozenGRUEncoder
from .model import IntakeModel

__all__ = ["FrozenGRUEncoder", "IntakeModel"]
