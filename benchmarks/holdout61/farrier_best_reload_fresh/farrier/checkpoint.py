import os

import torch


class BestKeeper:
    def __init__(self, directory):
        self.path = os.path.join(directory, "best.pt")
        self.best = float("inf")

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model.state_dict(), self.path)

    def restore(self, factory):
        model = factory()
        model.load_state_dict(torch.load(self.path))
        return model
