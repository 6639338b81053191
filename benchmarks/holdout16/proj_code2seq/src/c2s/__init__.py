"""code2seq-style path-context model."""
from c2s.config import CONFIG, get_model

__all__ = ["CONFIG", "get_model"]
