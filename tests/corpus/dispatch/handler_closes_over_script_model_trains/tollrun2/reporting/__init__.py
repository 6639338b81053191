from .validation import attach_validation

__all__ = ["attach_validation"]
