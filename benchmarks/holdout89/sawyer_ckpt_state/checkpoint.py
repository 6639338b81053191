import os
import tempfile

import torch


class BestKeeper:
    """Keeps the best pit-saw cadence model seen during validation, as a state dict."""

    def __init__(self):
        fd, self.path = tempfile.mkstemp(suffix=".pt")
        os.close(fd)
        self.best = float("inf")

    def offer(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model.state_dict(), self.path)

    def restore(self, fresh):
        fresh.load_state_dict(torch.load(self.path))
        return fresh

    def cleanup(self):
        if os.path.exists(self.path):
            os.remove(self.path)
