from .saliency import trace_saliency

__all__ = ["trace_saliency"]
