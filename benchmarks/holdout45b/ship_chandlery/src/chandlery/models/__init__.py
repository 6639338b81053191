from .stock import StockLSTM, build_model

__all__ = ["StockLSTM", "build_model"]
