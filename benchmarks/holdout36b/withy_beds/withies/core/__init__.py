from withies.core.frozen import FrozenEncoderModel

__all__ = ["FrozenEncoderModel"]
