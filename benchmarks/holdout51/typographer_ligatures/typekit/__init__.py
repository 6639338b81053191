from .module import LigatureModule
from .trainer import Trainer

__all__ = ["LigatureModule", "Trainer"]
