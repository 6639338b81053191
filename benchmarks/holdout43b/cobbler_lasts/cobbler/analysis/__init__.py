from .sensitivity import frame_sensitivity

__all__ = ["frame_sensitivity"]
