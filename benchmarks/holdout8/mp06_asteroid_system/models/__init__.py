from .separators import get_model
