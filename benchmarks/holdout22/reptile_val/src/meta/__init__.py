from .loops.outer import reptile

__all__ = ["reptile"]
