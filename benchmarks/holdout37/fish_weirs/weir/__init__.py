from .models import WeirModel
from .tasks import CatchTask

__all__ = ["WeirModel", "CatchTask"]
