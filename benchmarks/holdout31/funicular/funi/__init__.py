from .runtime import configure  # noqa: F401  (applies the deterministic settings on import)
from .app import run

__all__ = ["run"]
