from .setup import apply  # noqa: F401  (applies the reproducibility settings on import)
from .pipeline import run

__all__ = ["run"]
