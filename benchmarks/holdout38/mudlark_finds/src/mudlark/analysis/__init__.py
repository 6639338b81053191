from .gradnorm import rank_by_gradient
from .switches import CudnnOff
