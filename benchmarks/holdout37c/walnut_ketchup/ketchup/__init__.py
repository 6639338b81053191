from .distill import DistillRunner
from .models import build

__all__ = ["DistillRunner", "build"]
