from .machine import MazeMachine

__all__ = ["MazeMachine"]
