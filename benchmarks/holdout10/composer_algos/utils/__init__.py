from .modes import eval_mode

__all__ = ["eval_mode"]
