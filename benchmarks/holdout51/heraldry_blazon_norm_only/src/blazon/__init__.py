from .model import BlazonTagger
from .training import fit

__all__ = ["BlazonTagger", "fit"]
