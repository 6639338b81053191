from .stream import phase_stream, make_blank

__all__ = ["phase_stream", "make_blank"]
