from .steps import train_stalls

__all__ = ["train_stalls"]
