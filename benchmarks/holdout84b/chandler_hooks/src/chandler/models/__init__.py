from .wick import WickNet, build_model

__all__ = ["WickNet", "build_model"]
