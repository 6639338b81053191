"""organtune: meta-learning a pitch-drift corrector that adapts to each organ in a few steps."""
from .models import PipeRNN
from .meta import inner_adapt, meta_step
from .tasks import sample_organ

__all__ = ["PipeRNN", "inner_adapt", "meta_step", "sample_organ"]
