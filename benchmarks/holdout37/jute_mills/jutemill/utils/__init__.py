from .modes import inference_mode_for

__all__ = ["inference_mode_for"]
