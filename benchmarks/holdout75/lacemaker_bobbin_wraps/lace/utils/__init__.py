from .modes import inference_step

__all__ = ["inference_step"]
