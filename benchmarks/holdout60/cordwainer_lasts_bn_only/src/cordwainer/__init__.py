from .engine import fit
from .models import LastFitNet

__all__ = ["fit", "LastFitNet"]
