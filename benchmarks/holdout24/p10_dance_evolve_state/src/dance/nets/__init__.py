from .pose import PoseGRU

__all__ = ["PoseGRU"]
