from .defaults import install_default_handlers

__all__ = ["install_default_handlers"]
