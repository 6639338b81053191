from .pose import PoseEncoder

__all__ = ["PoseEncoder"]
