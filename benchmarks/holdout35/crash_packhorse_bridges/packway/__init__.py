"""packway: turning surveyors' notes on packhorse bridges into condition codes."""
from .modeling import NoteEncoder, CodeDecoder, Seq2Seq
from .training import DecoderTuner

__all__ = ["NoteEncoder", "CodeDecoder", "Seq2Seq", "DecoderTuner"]
