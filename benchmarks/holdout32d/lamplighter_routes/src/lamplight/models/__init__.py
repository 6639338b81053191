from .route_gru import RouteGRU

__all__ = ["RouteGRU"]
