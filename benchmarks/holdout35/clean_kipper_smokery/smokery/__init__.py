from .models import SmokeCurve
from .utils import per_sample_grads, clip_and_noise

__all__ = ["SmokeCurve", "per_sample_grads", "clip_and_noise"]
