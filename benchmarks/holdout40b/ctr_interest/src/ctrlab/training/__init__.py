from .loop import fit
from .metrics import evaluate

__all__ = ["fit", "evaluate"]
