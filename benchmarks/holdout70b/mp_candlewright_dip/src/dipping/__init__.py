from .core import LitLike, Runner
from .tasks import ThicknessTask

__all__ = ["LitLike", "Runner", "ThicknessTask"]
