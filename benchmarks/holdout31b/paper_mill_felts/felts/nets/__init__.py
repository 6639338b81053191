from .encoders import FeltEncoder
from .heads import DeepHead, LinearHead, Predictor


def build_pair(hidden=10):
    """Teacher and student share one encoder to keep the pair small."""
    encoder = FeltEncoder(3, hidden)
    teacher = Predictor(encoder, DeepHead(hidden))
    student = Predictor(encoder, LinearHead(hidden))
    return teacher, student


__all__ = ["FeltEncoder", "DeepHead", "LinearHead", "Predictor", "build_pair"]
