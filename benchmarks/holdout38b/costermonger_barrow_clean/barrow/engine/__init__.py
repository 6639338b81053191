from .runner import run

__all__ = ["run"]
