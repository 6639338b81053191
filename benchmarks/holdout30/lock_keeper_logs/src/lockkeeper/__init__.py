from .models import LockLogModel
from .engine import fit
