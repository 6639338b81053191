from .gradnorm import GradNormLogger

__all__ = ["GradNormLogger"]
