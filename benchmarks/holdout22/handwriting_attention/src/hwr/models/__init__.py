from .encoder import ColumnEncoder
from .decoder import AttnDecoder, Seq2SeqHWR

__all__ = ["ColumnEncoder", "AttnDecoder", "Seq2SeqHWR"]
