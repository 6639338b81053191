from .parts import KilnEncoder, KilnDecoder
from .seq2seq import KilnSeq2Seq

__all__ = ["KilnEncoder", "KilnDecoder", "KilnSeq2Seq"]
