"""atlas: sheet-level contour tagging."""
from .models import ContourTagger
from .training import fit_tagger

__all__ = ["ContourTagger", "fit_tagger"]
