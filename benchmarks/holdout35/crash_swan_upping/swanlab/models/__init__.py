from .tagger import CensusTagger

__all__ = ["CensusTagger"]
