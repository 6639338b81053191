from .fisher import fisher_trace

__all__ = ["fisher_trace"]
