from .encoders import FrozenEncoder
from .heads import ClauseHead, InputAdapter

__all__ = ["ClauseHead", "FrozenEncoder", "InputAdapter"]
