from .drum import DrumLSTM, build_model

__all__ = ["DrumLSTM", "build_model"]
