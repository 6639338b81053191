from .machine import CoTrainingMachine

__all__ = ["CoTrainingMachine"]
