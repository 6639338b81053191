from .lit_model import RemedyLit
