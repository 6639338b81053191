from .sensitivity import sensitivity_map

__all__ = ["sensitivity_map"]
