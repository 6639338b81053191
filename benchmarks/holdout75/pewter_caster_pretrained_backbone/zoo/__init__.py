from .registry import MODELS, register
from .models import MouldGRU, build_pretrained

__all__ = ["MODELS", "build_pretrained"]
