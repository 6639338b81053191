from .leaf import LeafQualityNet

__all__ = ["LeafQualityNet"]
