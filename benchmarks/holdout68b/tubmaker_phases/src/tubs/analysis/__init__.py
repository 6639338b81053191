from .relevance import grad_times_input

__all__ = ["grad_times_input"]
