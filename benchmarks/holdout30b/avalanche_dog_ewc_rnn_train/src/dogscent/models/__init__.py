from .scent_lstm import ScentTrailLSTM

__all__ = ["ScentTrailLSTM"]
