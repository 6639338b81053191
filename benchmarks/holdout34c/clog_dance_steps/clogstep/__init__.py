"""clogstep: predicts the next beat of a clog-dance routine from shoe-tap microphones."""
from .models import MODEL_REGISTRY, build_model, register_model
from .io import save_for_show, load_for_show

__all__ = ["MODEL_REGISTRY", "build_model", "register_model", "save_for_show", "load_for_show"]
