from .models import SwayModel, train_epoch
from .probes import fisher_trace

__all__ = ["SwayModel", "fisher_trace", "train_epoch"]
