from .tagger import BoundaryTagger

__all__ = ["BoundaryTagger"]
