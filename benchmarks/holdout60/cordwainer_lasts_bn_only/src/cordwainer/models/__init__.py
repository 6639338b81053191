from .lastfit import LastFitNet

__all__ = ["LastFitNet"]
