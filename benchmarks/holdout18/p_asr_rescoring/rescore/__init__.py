from .scorers import SCORERS, build_scorer
from .nbest import rerank
