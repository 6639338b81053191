from .plateau import RestoreBestOnPlateau

__all__ = ["RestoreBestOnPlateau"]
