from .nets import WindChest
from .pruning import prune_by_grad_norm

__all__ = ["WindChest", "prune_by_grad_norm"]
