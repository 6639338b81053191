from .recurrent import SiltGRU, build_model

__all__ = ["SiltGRU", "build_model"]
