from .stream import make_splits, phase_stream
from .prefetch import prefetch

__all__ = ["make_splits", "phase_stream", "prefetch"]
