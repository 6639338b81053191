from .stave import StaveModel
from .utils import freeze

__all__ = ["StaveModel", "freeze"]
