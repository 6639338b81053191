from .track import TrackGRU

__all__ = ["TrackGRU"]
