from .gru import PatchChooser, build_model

__all__ = ["PatchChooser", "build_model"]
