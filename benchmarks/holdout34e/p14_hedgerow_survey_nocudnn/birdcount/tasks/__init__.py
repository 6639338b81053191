from .aligned import AlignedRegionsTask

__all__ = ["AlignedRegionsTask"]
