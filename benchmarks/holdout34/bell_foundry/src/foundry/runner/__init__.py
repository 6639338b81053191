from .runner import Runner, RunState

__all__ = ["Runner", "RunState"]
