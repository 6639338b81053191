from .ewc import EWCPenalty, estimate_fisher
from .loop import SiteTask, train_sites, accuracy

__all__ = ["EWCPenalty", "estimate_fisher", "SiteTask", "train_sites", "accuracy"]
