from .tone import ToneNet

__all__ = ["ToneNet"]
