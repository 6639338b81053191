from .pose import PoseLSTM

__all__ = ["PoseLSTM"]
