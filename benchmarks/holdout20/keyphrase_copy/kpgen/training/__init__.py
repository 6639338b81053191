from .trainer import Seq2SeqTrainer

__all__ = ["Seq2SeqTrainer"]
