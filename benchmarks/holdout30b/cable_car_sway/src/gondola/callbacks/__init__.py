from .monitor import BestStateMonitor

__all__ = ["BestStateMonitor"]
