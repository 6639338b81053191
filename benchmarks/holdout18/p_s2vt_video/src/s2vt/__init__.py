from .models import S2VT
from .engine import fit
