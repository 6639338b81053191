from .loop import fit, validate

__all__ = ["fit", "validate"]
