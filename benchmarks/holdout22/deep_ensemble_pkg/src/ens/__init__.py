from .members import build_members
from .uncertainty import predictive, refit

__all__ = ["build_members", "predictive", "refit"]
