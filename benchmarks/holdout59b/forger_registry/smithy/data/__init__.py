from .stream import mode_stream, sample

__all__ = ["mode_stream", "sample"]
