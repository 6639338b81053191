"""A tiny model registry: the model is built once, on first use."""
from pkg.registry import get_model

__all__ = ["get_model"]
