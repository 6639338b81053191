from .encoder import ToneEncoder
from .frontend import StrikeFrontEnd

__all__ = ["ToneEncoder", "StrikeFrontEnd"]
