from .engine import LoopRunner
from .systems import BraidTensionSystem

__all__ = ["LoopRunner", "BraidTensionSystem"]
