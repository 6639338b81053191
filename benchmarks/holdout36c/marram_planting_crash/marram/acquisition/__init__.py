from .egl import expected_gradient_length

__all__ = ["expected_gradient_length"]
