from .tagging import FurrowTagger

__all__ = ["FurrowTagger"]
