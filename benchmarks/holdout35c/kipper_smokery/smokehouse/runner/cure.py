import torch.nn.functional as F

from .base import BaseRunner
from ..utils.evaluation import holdout_error


class CureRunner(BaseRunner):
    def __init__(self, model, optimizer, holdout):
        super().__init__(model, optimizer)
        self.holdout = holdout
        self.history["holdout"] = []

    def compute_loss(self, batch):
        trace, moisture = batch
        return F.smooth_l1_loss(self.model(trace), moisture)

    def after_epoch(self):
        self.history["holdout"].append(holdout_error(self.model, self.holdout))
