from .runner import Runner, Callback
from .nets import ThrowScorer

__all__ = ["Runner", "Callback", "ThrowScorer"]
