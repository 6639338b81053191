from .parts import build_modules

__all__ = ["build_modules"]
