from .net import BrimNet
from .privacy import per_sample_grads, clipped_step

__all__ = ["BrimNet", "per_sample_grads", "clipped_step"]
