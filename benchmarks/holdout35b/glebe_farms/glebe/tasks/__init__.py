from .yield_task import YieldTask

__all__ = ["YieldTask"]
