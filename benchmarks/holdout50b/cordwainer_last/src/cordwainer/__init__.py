from .features import GaitEncoder, load_pretrained, Standardise
from .probe import LastFitProbe, fit_probe

__all__ = ["GaitEncoder", "load_pretrained", "Standardise", "LastFitProbe", "fit_probe"]
