from .registry import build_model
from .steps import make_step
from . import nets  # noqa: F401  (fills the registry)

__all__ = ["build_model", "make_step"]
