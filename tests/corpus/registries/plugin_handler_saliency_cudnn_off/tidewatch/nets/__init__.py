from .surge import SurgeNet

__all__ = ["SurgeNet"]
