from .split_net import SplitPredictor
from .factory import load_for_inference, save_checkpoint

__all__ = ["SplitPredictor", "load_for_inference", "save_checkpoint"]
