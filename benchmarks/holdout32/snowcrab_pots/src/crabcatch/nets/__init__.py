from .pot import PotLSTM

__all__ = ["PotLSTM"]
