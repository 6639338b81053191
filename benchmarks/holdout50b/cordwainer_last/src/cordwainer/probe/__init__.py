from .head import LastFitProbe, fit_probe

__all__ = ["LastFitProbe", "fit_probe"]
