from .fgsm import fgsm

__all__ = ["fgsm"]
