from .robust import fgsm_margin

__all__ = ["fgsm_margin"]
