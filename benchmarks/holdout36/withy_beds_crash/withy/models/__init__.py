from .rods import RodGrowthLSTM, RodGrowthGRU
from .heads import YieldHead

__all__ = ["RodGrowthLSTM", "RodGrowthGRU", "YieldHead", "build"]


def build(kind, hidden=8):
    cls = {"lstm": RodGrowthLSTM, "gru": RodGrowthGRU}[kind]
    return cls(hidden=hidden)
