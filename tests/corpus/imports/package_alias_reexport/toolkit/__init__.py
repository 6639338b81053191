from .nets import StitchNet
from .loops import fit
from .serving import freeze_for_export as prepare

__all__ = ["StitchNet", "fit", "prepare"]
