from .thaw import ThawModule, thaw_loaders

__all__ = ["ThawModule", "thaw_loaders"]
