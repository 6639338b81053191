from .decoders import TextDecoder
from .encoders import PoseEncoder
from .train import train_decoder

__all__ = ["PoseEncoder", "TextDecoder", "train_decoder"]
