import os

import torch


class BestKeeper:
    """Keep the best weights seen so far on disk."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "best.pt")
        self.best = float("inf")

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model.state_dict(), self.path)
        self.model = model

    def restore(self):
        self.model.load_state_dict(torch.load(self.path))
        return self.model
