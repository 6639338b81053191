from .inner import adapt
from .outer import outer_step

__all__ = ["adapt", "outer_step"]
