from .machine import LockMachine

__all__ = ["LockMachine"]
