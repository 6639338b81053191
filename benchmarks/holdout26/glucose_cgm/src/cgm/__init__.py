from .nets import PopulationModel
from .personal import personalise

__all__ = ["PopulationModel", "personalise"]
