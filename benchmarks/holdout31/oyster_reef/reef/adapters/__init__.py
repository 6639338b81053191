from .bottleneck import Bottleneck, AdaptedReefModel

__all__ = ["Bottleneck", "AdaptedReefModel"]
