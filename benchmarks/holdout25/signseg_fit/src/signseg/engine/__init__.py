from .loop import evaluate, fit

__all__ = ["fit", "evaluate"]
