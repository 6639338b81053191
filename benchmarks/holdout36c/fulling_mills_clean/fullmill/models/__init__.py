from .stock import StockNet

__all__ = ["StockNet"]
