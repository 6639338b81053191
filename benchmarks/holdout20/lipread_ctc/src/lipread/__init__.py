from .models import LipNet
from .engine import speaker_adapt, train_ctc
from .runtime import configure_runtime

__all__ = ["LipNet", "speaker_adapt", "train_ctc", "configure_runtime"]
