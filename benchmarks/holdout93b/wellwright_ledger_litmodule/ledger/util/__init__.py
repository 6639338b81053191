from .ckpt import load_pretrained
from .modes import evaluating

__all__ = ["load_pretrained", "evaluating"]
