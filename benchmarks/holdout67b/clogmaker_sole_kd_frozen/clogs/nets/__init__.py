from .recurrent import GRUTagger

__all__ = ["GRUTagger"]
