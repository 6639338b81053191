from .recurrent import SeamGRU
from .linear import SeamLinear

ARCHES = {"gru": SeamGRU, "linear": SeamLinear}

__all__ = ["ARCHES", "SeamGRU", "SeamLinear"]
