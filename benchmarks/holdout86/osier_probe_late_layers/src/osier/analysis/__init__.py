from .sensitivity import layer_sensitivity

__all__ = ["layer_sensitivity"]
