from .base import SCORERS, Scorer, build_scorer
from . import lm  # noqa: F401  (registers "rnnlm")
