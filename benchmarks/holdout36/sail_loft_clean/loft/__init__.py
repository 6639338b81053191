from .models import FrozenEncoderBase, SeamStressModel
from .training import fit_head

__all__ = ["FrozenEncoderBase", "SeamStressModel", "fit_head"]
