from .model import GalleyTagger
from .modes import Evaluating
