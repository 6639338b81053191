import os

import torch


class BestKeeper:
    def __init__(self, directory):
        self.path = os.path.join(directory, "best.pt")
        self.best = float("inf")

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model, self.path)

    def restore(self, factory):
        return torch.load(self.path, weights_only=False)
