from .tuner import DecoderTuner

__all__ = ["DecoderTuner"]
