from .model import CRNN
from .decode import GreedyPredictor
