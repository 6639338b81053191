from .saliency import depth_saliency
from .logging import log_loss
