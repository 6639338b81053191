from .config import parse_simple_yaml
from .nets import TowDraftGRU
from .engine import PhaseRunner, PHASES

__all__ = ["parse_simple_yaml", "TowDraftGRU", "PhaseRunner", "PHASES"]
