"""snowfence: drift depth behind snow fences."""
from . import models, training

__all__ = ["models", "training"]
