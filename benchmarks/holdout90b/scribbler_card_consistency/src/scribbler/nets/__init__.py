from .tagger import WebTagger

__all__ = ["WebTagger"]
