from .nets import TrajectoryLSTM, load_pretrained
from .online import OnlineUpdater

__all__ = ["OnlineUpdater", "TrajectoryLSTM", "load_pretrained"]
