from .runner import Runner
from .models import TallyGRU

__all__ = ["Runner", "TallyGRU"]
