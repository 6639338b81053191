from .models import *  # noqa: F401,F403
from .mining import HardExampleMiner

__all__ = ["HeadGrader", "load_for_inference", "HardExampleMiner"]
