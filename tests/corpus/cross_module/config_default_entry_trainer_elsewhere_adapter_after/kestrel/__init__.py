from .models import ReturnModel
from .train import fit_bird, flights
