from .gru import TollGRU, build_model

__all__ = ["TollGRU", "build_model"]
