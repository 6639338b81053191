from .seq import build_model
