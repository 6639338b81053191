from .data import phase_stream
from .nets import LeafQualityNet

__all__ = ["phase_stream", "LeafQualityNet"]
