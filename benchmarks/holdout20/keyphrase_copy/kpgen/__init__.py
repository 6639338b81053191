from .modeling import CopyRNN
from .training import Seq2SeqTrainer
from .training.data import toy_corpus

__all__ = ["CopyRNN", "Seq2SeqTrainer", "toy_corpus"]
