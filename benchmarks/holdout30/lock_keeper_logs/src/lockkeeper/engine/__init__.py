from .loop import fit
from .validate import validate
