from .blocks import LayerNormGRU
from .regen import RegenModel

__all__ = ["LayerNormGRU", "RegenModel"]
