from .ferment import FermentLSTM, make_model

__all__ = ["FermentLSTM", "make_model"]
