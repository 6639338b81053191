from .module import LitModule, OnsetModule

__all__ = ["LitModule", "OnsetModule"]
