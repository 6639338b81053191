from .net import build_model
from .store import export_best, restore
from .tune import fine_tune

__all__ = ["build_model", "export_best", "restore", "fine_tune"]
