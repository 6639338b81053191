from netloft.runner.loop import Runner
from netloft.runner.state import RunState

__all__ = ["Runner", "RunState"]
