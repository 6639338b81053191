from .net import Tagger
from .crf import crf_nll, viterbi

__all__ = ["Tagger", "crf_nll", "viterbi"]
