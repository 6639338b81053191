from .checkpoint import save_best, load_best

__all__ = ["save_best", "load_best"]
