from .lstm import FlareLSTM

__all__ = ["FlareLSTM"]
