from .sensitivity import sensitivity_stage

__all__ = ["sensitivity_stage"]
