from .modes import inference_mode_of

__all__ = ["inference_mode_of"]
