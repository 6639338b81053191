from .models import Seq2SeqHWR
from .engine import fit

__all__ = ["Seq2SeqHWR", "fit"]
