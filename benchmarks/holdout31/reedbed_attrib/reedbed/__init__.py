from .nets import NitrateModel, fit
from .explain import InputGradients

__all__ = ["NitrateModel", "fit", "InputGradients"]
