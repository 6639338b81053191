"""coachlines: arrival delays for stagecoach timetables along the turnpike."""
from .models import DelayGRU
from .utils import export_for_inference, load_exported, cleanup

__all__ = ["DelayGRU", "export_for_inference", "load_exported", "cleanup"]
