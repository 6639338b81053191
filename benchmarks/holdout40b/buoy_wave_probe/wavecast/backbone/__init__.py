from .factory import build_backbone

__all__ = ["build_backbone"]
