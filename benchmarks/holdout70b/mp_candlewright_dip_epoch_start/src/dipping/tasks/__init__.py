from .thickness import ThicknessTask

__all__ = ["ThicknessTask"]
