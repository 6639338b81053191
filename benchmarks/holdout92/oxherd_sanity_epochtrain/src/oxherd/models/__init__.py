from .tagger import YokeTagger

__all__ = ["YokeTagger"]
