from .bigru import SyllableBiGRU

__all__ = ["SyllableBiGRU"]
