from .checkpoint import load_for_inference, save_model

__all__ = ["load_for_inference", "save_model"]
