from .registry import REGISTRY, register
from .ridge import RidgeModel
