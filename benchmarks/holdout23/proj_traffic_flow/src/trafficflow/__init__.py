from .engine import Trainer
from .models import FlowSeq2Seq

__all__ = ["FlowSeq2Seq", "Trainer"]
