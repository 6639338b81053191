from .gradmatch import GradMatchObjective

__all__ = ["GradMatchObjective"]
