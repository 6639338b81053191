from .encoder import DraughtEncoder, load_pretrained_encoder
from .head import SootHead

__all__ = ["DraughtEncoder", "SootHead", "load_pretrained_encoder"]
