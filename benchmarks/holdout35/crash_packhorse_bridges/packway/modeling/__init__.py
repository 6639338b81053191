from .encoder import NoteEncoder
from .decoder import CodeDecoder
from .seq2seq import Seq2Seq

__all__ = ["NoteEncoder", "CodeDecoder", "Seq2Seq"]
