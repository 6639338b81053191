from .reporting import attach_reporting

__all__ = ["attach_reporting"]
