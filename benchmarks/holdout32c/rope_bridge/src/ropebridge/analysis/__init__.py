from .callbacks import WindSensitivityCallback

__all__ = ["WindSensitivityCallback"]
