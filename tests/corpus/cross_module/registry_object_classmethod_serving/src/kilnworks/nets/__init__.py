from .catalogue import NETS
from . import firing  # noqa: F401  (fills the catalogue)

__all__ = ["NETS"]
