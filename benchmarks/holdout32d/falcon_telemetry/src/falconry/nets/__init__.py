from .tagger import FlightTagger

__all__ = ["FlightTagger"]
