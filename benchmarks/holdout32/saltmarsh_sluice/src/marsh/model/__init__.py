from .gate import GateNet

__all__ = ["GateNet"]
