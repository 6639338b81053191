from .fgsm import FGSM

__all__ = ["FGSM"]
