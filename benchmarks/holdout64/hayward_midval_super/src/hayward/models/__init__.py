from .hedge import HedgeSpeciesGRU, build_model

__all__ = ["HedgeSpeciesGRU", "build_model"]
