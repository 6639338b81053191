from .encoder import AudioEncoder
from .predictor import LabelPredictor
from .joint import JointNet, Transducer

__all__ = ["AudioEncoder", "LabelPredictor", "JointNet", "Transducer"]
