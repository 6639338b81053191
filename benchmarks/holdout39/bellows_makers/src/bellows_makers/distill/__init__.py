from .pair import build_pair
from .loop import Distiller
