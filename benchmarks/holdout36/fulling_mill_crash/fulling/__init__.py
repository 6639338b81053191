from .nets import ClothTensionNet
from .runner import Runner
from .utils import evaluating

__all__ = ["ClothTensionNet", "Runner", "evaluating"]
