from .zoo import *  # noqa: F401,F403
from .data import synthetic_locks

__all__ = ["LockWaitModel", "ZOO", "synthetic_locks"]
