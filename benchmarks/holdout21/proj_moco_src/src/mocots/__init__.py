from mocots.modeling import MoCo
from mocots.engine import pretrain

__all__ = ["MoCo", "pretrain"]
