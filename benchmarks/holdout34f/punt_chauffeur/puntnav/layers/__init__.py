from .frozen import FrozenEncoderMixin

__all__ = ["FrozenEncoderMixin"]
