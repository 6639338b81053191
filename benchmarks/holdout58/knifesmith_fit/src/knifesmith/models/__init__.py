from .quench import QuenchLSTM, build_model

__all__ = ["QuenchLSTM", "build_model"]
