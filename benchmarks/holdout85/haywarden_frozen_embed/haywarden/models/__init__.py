from .tagger import HedgeTagger
from .factory import build_tagger
