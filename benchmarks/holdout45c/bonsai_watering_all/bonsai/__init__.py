from .model import MoistureGRU, make_traces

__all__ = ["MoistureGRU", "make_traces"]
