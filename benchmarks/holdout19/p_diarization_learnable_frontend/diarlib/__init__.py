from .frontend import LearnableFilterbank
from .embedder import DVector, freeze

__all__ = ["LearnableFilterbank", "DVector", "freeze"]
