from .modes import EvalMode
from .trainer import Seq2SeqTrainer

__all__ = ["EvalMode", "Seq2SeqTrainer"]
