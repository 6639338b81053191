from .net import BargeNet
from .ckpt import save_best, load_best

__all__ = ["BargeNet", "save_best", "load_best"]
