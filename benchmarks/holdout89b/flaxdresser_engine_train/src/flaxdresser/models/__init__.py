from .recurrent import build_model, MODELS

__all__ = ["build_model", "MODELS"]
