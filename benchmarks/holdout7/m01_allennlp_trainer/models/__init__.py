from .tagger import SimpleTagger

__all__ = ["SimpleTagger"]
