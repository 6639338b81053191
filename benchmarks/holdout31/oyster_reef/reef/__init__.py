from .backbone import pretrain_backbone, reef_logs
from .adapters import AdaptedReefModel
from .train import AdapterRunner

__all__ = ["pretrain_backbone", "reef_logs", "AdaptedReefModel", "AdapterRunner"]
