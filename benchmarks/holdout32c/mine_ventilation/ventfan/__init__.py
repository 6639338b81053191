from .engine import build_trainer

__all__ = ["build_trainer"]
