from .lstm import StrideLSTM, build_net

__all__ = ["StrideLSTM", "build_net"]
