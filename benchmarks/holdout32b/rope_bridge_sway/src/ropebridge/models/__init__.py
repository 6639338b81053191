from .sway import SwayModel, train_epoch

__all__ = ["SwayModel", "train_epoch"]
