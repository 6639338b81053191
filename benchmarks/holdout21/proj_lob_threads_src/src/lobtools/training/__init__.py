from lobtools.training.fit import fit
from lobtools.training.validation import BackgroundValidator

__all__ = ["fit", "BackgroundValidator"]
