from .encoder import GaitEncoder, Standardise, load_pretrained

__all__ = ["GaitEncoder", "Standardise", "load_pretrained"]
