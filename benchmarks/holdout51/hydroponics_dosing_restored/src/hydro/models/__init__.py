from .dosing import DosingTask

__all__ = ["DosingTask"]
