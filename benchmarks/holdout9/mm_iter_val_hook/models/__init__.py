from .tagger import SeqTagger

__all__ = ["SeqTagger"]
