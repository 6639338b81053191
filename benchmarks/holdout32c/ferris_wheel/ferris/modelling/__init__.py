from .gondola import GondolaModel

__all__ = ["GondolaModel"]
