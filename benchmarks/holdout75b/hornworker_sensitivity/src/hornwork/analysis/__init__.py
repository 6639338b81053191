from .sensitivity import step_sensitivity

__all__ = ["step_sensitivity"]
