from .backends import configure_runtime

__all__ = ["configure_runtime"]
