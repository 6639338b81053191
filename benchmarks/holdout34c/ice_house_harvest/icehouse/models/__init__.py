from .melt import MeltLSTM

__all__ = ["MeltLSTM"]
