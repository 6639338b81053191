from .core import Runner, RunState

__all__ = ["Runner", "RunState"]
