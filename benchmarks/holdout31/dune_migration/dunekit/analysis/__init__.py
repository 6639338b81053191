from .sensitivity import WindSensitivity

__all__ = ["WindSensitivity"]
