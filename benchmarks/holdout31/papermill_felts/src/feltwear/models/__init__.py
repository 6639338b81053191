from .life import FeltLifeModel

__all__ = ["FeltLifeModel"]
