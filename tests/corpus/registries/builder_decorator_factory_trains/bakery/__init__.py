from .builders import build, register

__all__ = ["build", "register"]
