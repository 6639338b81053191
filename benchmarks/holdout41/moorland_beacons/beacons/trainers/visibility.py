import torch.nn.functional as F

from .base import BaseTrainer
from .mixins import EvaluationMixin


class VisibilityTrainer(EvaluationMixin, BaseTrainer):
    def __init__(self, model, val_data, lr=1e-3):
        super().__init__(model, lr=lr)
        self.val_data = val_data
        self.val_history = []

    def compute_loss(self, batch):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self.model(x), y)

    def on_epoch_end(self):
        self.val_history.append(round(self.evaluate(), 4))
