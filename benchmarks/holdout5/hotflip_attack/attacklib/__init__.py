from .wrappers import PyTorchModelWrapper
from .attacks import HotFlipAttack

__all__ = ["PyTorchModelWrapper", "HotFlipAttack"]
