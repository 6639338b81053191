from .modes import InferenceMode

__all__ = ["InferenceMode"]
