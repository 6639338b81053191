from .config import parse_plan
from .agents import HeaderPolicy, Baseline
from .engine import Engine

__all__ = ["parse_plan", "HeaderPolicy", "Baseline", "Engine"]
