from .stages import run

__all__ = ["run"]
