from .lstm import TensionLSTM

__all__ = ["TensionLSTM"]
