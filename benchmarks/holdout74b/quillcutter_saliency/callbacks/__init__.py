from .saliency import SaliencyLogger

__all__ = ["SaliencyLogger"]
