from .bilstm import FrozenEncoder

__all__ = ["FrozenEncoder"]
