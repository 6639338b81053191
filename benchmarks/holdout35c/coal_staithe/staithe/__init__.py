from .ensemble import StaitheEnsemble
from .members import ChuteGRU

__all__ = ["StaitheEnsemble", "ChuteGRU"]
