from .crack import CrackTask

__all__ = ["CrackTask"]
