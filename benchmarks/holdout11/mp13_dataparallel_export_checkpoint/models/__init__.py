from .seq import SeqEncoderClassifier

__all__ = ["SeqEncoderClassifier"]
