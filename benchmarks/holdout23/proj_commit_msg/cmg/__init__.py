from .modeling import CommitGen
from .runtime import EvalMode, Seq2SeqTrainer

__all__ = ["CommitGen", "EvalMode", "Seq2SeqTrainer"]
