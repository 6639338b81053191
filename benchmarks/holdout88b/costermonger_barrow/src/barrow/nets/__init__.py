from .sales import SalesModel

__all__ = ["SalesModel"]
