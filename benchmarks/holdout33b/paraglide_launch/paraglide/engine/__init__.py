from .runner import PhaseEngine

__all__ = ["PhaseEngine"]
