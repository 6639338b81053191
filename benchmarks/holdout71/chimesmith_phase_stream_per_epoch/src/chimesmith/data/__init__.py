from .stream import phase_stream

__all__ = ["phase_stream"]
