import os
import tempfile

import torch


class BestKeeper:
    """Keeps the best pit-saw cadence model seen during validation, as a whole-object checkpoint."""

    def __init__(self):
        fd, self.path = tempfile.mkstemp(suffix=".pt")
        os.close(fd)
        self.best = float("inf")

    def offer(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model, self.path)

    def restore(self):
        return torch.load(self.path, weights_only=False)

    def cleanup(self):
        if os.path.exists(self.path):
            os.remove(self.path)
