from .inner import inner_adapt
from .outer import meta_step

__all__ = ["inner_adapt", "meta_step"]
