from mocots.engine.pretrain import pretrain
from mocots.engine.monitor import knn_accuracy

__all__ = ["pretrain", "knn_accuracy"]
