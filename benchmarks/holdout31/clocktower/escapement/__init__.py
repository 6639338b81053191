from .nets import BeatErrorRNN
from .build import TrainerBuilder

__all__ = ["BeatErrorRNN", "TrainerBuilder"]
