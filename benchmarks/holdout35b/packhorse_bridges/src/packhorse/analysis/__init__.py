from .sensitivity import gauge_sensitivity

__all__ = ["gauge_sensitivity"]
