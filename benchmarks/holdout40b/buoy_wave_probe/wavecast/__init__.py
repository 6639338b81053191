from .backbone import build_backbone
from .tasks import WaveHeightTask

__all__ = ["build_backbone", "WaveHeightTask"]
