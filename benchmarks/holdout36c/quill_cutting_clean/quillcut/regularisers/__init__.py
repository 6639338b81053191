from .ewc import EWC, diagonal_fisher

__all__ = ["EWC", "diagonal_fisher"]
