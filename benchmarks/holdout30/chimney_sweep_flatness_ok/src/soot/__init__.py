from .model import SootNet
from .regularisers import grad_norm_penalty
