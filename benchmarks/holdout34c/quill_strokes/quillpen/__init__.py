"""quillpen: classify calligraphy strokes (hairline, swell, flourish...) from nib-pressure traces."""
from .nets import StrokeLSTM
from .scoring import per_sample_grad_norms, hardest

__all__ = ["StrokeLSTM", "per_sample_grad_norms", "hardest"]
