from .checkpoint import load_for_inference, release

__all__ = ["load_for_inference", "release"]
