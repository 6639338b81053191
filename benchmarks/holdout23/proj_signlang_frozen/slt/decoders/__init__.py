from .text import TextDecoder

__all__ = ["TextDecoder"]
