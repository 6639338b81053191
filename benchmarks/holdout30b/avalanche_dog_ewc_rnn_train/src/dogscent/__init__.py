from .models import ScentTrailLSTM
from .engine import SiteTask, train_sites

__all__ = ["ScentTrailLSTM", "SiteTask", "train_sites"]
