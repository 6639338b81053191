from .seq2seq import Seq2SeqATC

__all__ = ["Seq2SeqATC"]
