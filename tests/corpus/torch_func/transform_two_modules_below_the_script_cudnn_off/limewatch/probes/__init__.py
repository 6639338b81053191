from .callback import SensitivityProbe

__all__ = ["SensitivityProbe"]
