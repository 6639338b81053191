from .models import LeatModel
from .tasks import FlowTask

__all__ = ["LeatModel", "FlowTask"]
