from .engine import run  # noqa: F401
