from .models import MODELS
from .engine import Runner, MeshTask

__all__ = ["MODELS", "Runner", "MeshTask"]
