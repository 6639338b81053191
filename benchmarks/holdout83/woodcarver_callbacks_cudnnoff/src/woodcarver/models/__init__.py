from .grain import GrainRNN, build_model

__all__ = ["GrainRNN", "build_model"]
