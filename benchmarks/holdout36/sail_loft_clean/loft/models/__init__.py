from .base import FrozenEncoderBase
from .seam import SeamStressModel

__all__ = ["FrozenEncoderBase", "SeamStressModel"]
