from .hub import available_models, load_pretrained

__all__ = ["available_models", "load_pretrained"]
