from .decorators import evaluating, log_every

__all__ = ["evaluating", "log_every"]
