from .encoder import CrossingEncoder, RouteHead

__all__ = ["CrossingEncoder", "RouteHead"]
