from .models import RingerRNN, load_for_inference
from .tasks import ThrowTask

__all__ = ["RingerRNN", "load_for_inference", "ThrowTask"]
