from .history import History
from .saliency import SteamSaliency

__all__ = ["History", "SteamSaliency"]
