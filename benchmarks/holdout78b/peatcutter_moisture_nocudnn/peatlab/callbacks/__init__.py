from .registry import build_callbacks, CALLBACKS
from . import logging_cb, relevance  # noqa: F401  (registers)

__all__ = ["build_callbacks", "CALLBACKS"]
