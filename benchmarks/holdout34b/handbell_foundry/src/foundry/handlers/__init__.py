from .defaults import attach_default_handlers

__all__ = ["attach_default_handlers"]
