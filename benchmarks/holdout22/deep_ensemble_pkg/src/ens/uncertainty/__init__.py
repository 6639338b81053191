from .predict import predictive, refit

__all__ = ["predictive", "refit"]
