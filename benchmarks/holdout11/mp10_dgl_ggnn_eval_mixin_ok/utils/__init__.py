from .batching import batch_graphs
from .mixins import EvaluationMixin

__all__ = ["EvaluationMixin", "batch_graphs"]
