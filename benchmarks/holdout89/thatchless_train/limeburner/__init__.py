from .nets import *
from .serve import *

__all__ = nets.__all__ + serve.__all__
