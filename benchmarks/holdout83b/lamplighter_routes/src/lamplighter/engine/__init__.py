from .loop import RouteTrainer

__all__ = ["RouteTrainer"]
