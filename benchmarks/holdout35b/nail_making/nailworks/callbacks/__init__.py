from .basic import EvalCallback, PrintCallback

__all__ = ["EvalCallback", "PrintCallback"]
