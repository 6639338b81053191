from .model import FlakeSeqNet
from .regularise import freeze_stochastic

__all__ = ["FlakeSeqNet", "freeze_stochastic"]
