from .loop import LoopRunner
