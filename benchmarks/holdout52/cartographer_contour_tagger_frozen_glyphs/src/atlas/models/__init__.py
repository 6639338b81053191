from .tagger import ContourTagger

__all__ = ["ContourTagger"]
