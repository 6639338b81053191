from .herd import HerdModel, make_loaders

__all__ = ["HerdModel", "make_loaders"]
