from .route_net import RouteNet

__all__ = ["RouteNet"]
