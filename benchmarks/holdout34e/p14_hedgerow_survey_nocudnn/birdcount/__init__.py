"""birdcount: hedgerow breeding-bird survey models."""
from .engine import Runner
from .nets import CountRNN
from .tasks import AlignedRegionsTask

__all__ = ["Runner", "CountRNN", "AlignedRegionsTask"]
