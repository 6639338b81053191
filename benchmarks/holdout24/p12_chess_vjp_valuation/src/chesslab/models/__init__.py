from .policy import MovePolicy

__all__ = ["MovePolicy"]
