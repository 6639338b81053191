from .influence import token_influence

__all__ = ["token_influence"]
