from .model import StaveModel
from .io import save_best, load_best

__all__ = ["StaveModel", "save_best", "load_best"]
