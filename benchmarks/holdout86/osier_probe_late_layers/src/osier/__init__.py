from .net import BasketWeaveNet
from .analysis import layer_sensitivity

__all__ = ["BasketWeaveNet", "layer_sensitivity"]
