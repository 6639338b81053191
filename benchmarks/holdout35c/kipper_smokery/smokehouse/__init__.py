from .runner import BaseRunner, CureRunner
from .nets import SmokeLSTM
from .data import synthetic_kilns

__all__ = ["BaseRunner", "CureRunner", "SmokeLSTM", "synthetic_kilns"]
