from .encoders import FrozenEncoder
from .heads import ClauseHead

__all__ = ["ClauseHead", "FrozenEncoder"]
