from .registry import REGISTRY, Task
from .context import Context

__all__ = ["REGISTRY", "Task", "Context"]
