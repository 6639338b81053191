from .decorators import measured_in_eval

__all__ = ["measured_in_eval"]
