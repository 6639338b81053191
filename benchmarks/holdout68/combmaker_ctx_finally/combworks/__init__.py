from .modes import evaluating
from .model import ToothGapNet
from .stopping import Plateau, PlateauReached
