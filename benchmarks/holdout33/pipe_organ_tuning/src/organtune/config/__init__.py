from .loader import parse_settings

__all__ = ["parse_settings"]
