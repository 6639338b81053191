from .freeze import FreezeModules
from .returns import discounted

__all__ = ["FreezeModules", "discounted"]
