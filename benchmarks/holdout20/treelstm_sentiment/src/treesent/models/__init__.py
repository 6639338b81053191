from .tree_lstm import ChildSumTreeLSTM
from .hybrid import HybridSentiment

__all__ = ["ChildSumTreeLSTM", "HybridSentiment"]
