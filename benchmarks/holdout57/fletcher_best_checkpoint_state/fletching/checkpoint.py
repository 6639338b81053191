import os

import torch


class BestCheckpoint:
    """Keeps the best model seen so far on disk."""

    def __init__(self, directory, filename="best.pt"):
        self.path = os.path.join(directory, filename)
        self.best = float("inf")

    def update(self, model, score):
        if score < self.best:
            self.best = score
            torch.save(model.state_dict(), self.path)
            return True
        return False

    def load_best(self, factory=None):
        # only the weights are stored; a fresh module receives them
        model = factory()
        model.load_state_dict(torch.load(self.path, weights_only=True))
        return model
