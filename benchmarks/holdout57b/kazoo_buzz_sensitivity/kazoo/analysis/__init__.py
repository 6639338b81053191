from .sensitivity import jacobian_report

__all__ = ["jacobian_report"]
