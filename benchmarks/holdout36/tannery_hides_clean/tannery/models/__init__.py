from .grader import HideGrader

__all__ = ["HideGrader"]
