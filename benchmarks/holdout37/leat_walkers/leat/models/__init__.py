from .leat_model import LeatModel

__all__ = ["LeatModel"]
