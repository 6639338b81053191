from .models import Seq2SeqATC
from .training import train_loop

__all__ = ["Seq2SeqATC", "train_loop"]
