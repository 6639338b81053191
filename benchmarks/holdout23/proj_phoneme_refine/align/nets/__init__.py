from .tagger import FrameTagger

__all__ = ["FrameTagger"]
