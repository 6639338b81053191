import copy

import torch
from torch.nn import functional as F


class EvaluateMixin:
    """Adds evaluate(): eval mode for the pass, previous mode restored afterwards."""

    def evaluate(self, val_batches):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            val = sum(F.mse_loss(self.model(x), y).item() for x, y in val_batches) / len(val_batches)
        self.on_validation_end(val)
        self.model.train(was_training)
        return val

    def on_validation_end(self, val):
        pass


class EarlyStoppingMixin:
    """Keeps a copy of the best model seen at validation time and can swap it back in."""

    best_val = float("inf")
    best_model = None

    def on_validation_end(self, val):
        super().on_validation_end(val)
        if val < self.best_val:
            self.best_val = val
            self.best_model = copy.deepcopy(self.model)

    def restore_best(self):
        if self.best_model is not None:
            self.model = self.best_model
        return self.model
