from .gates import GateNet

__all__ = ["GateNet"]
