"""glassworks: annealing-lehr temperature forecasting, driven by a YAML-like phase list."""
from .model import LehrNet
from .engine import Engine, parse_config

__all__ = ["LehrNet", "Engine", "parse_config"]
