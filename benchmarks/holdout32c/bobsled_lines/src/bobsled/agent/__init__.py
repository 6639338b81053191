from .policy import Agent, LinePolicy

__all__ = ["Agent", "LinePolicy"]
