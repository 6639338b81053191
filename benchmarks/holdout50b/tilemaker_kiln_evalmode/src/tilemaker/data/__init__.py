from .profiles import profile_loader

__all__ = ["profile_loader"]
