from mocots.modeling.moco import MoCo
from mocots.modeling.encoder import SeqEncoder

__all__ = ["MoCo", "SeqEncoder"]
