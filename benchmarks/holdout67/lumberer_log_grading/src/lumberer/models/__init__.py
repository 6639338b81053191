from .grader import LogGrader

__all__ = ["LogGrader"]
