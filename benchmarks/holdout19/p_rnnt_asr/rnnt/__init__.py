from .nets import Transducer
from .recipe import Recipe

__all__ = ["Transducer", "Recipe"]
