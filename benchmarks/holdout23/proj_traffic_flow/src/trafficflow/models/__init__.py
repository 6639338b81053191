from .seq2seq import FlowSeq2Seq

__all__ = ["FlowSeq2Seq"]
