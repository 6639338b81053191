from .gust import GustNet

__all__ = ["GustNet"]
