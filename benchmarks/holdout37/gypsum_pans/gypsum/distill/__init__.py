from .self_distill import SelfDistiller

__all__ = ["SelfDistiller"]
