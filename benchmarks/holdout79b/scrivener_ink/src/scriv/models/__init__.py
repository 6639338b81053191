from .recurrent import InkFade, build_model

__all__ = ["InkFade", "build_model"]
