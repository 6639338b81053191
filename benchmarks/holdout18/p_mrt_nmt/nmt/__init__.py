from .model import Seq2Seq
from .risk import mrt_loss, sample_candidates
