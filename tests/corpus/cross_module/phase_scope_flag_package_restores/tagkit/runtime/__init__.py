from .scope import phase

__all__ = ["phase"]
