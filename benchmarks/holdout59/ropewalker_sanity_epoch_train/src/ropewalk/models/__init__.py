from .tension import TensionLSTM

__all__ = ["TensionLSTM"]
