from .models import HedgeTagger, build_tagger

__all__ = ["HedgeTagger", "build_tagger"]
